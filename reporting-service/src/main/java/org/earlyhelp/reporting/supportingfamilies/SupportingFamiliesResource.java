package org.earlyhelp.reporting.supportingfamilies;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.reporting.format.Csv;
import org.earlyhelp.reporting.format.Formats;
import org.earlyhelp.reporting.period.ReportRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/reports/supporting-families?area=&from=&to=}: JSON or (Accept: text/csv) the quarterly return's CSV. */
@Path("/api/reports/supporting-families")
@RolesAllowed({ Roles.MANAGER, Roles.EARLY_HELP_TEAM, Roles.AUDITOR })
public class SupportingFamiliesResource {

    private final SupportingFamiliesReports reports;
    private final CurrentCaller caller;
    private final Clock clock;

    public SupportingFamiliesResource(SupportingFamiliesReports reports, CurrentCaller caller, Clock clock) {
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Read the Supporting Families return for an area and period (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The Supporting Families figures and claims: JSON, or CSV when Accept asks for text/csv",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportingFamiliesReport.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000,
                            description = "RFC 4180 CSV with a header row")) })
    public Response get(@QueryParam("area") String area, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ReportRequest request = ReportRequest.of(caller.get(), area, from, to, clock);
        SupportingFamiliesReport report = reports.read(caller.get(), request);
        return Formats.answer(headers, report, report::csv,
                Csv.fileName("supporting-families", report.area(), report.from().toString(), report.to().toString()));
    }
}
