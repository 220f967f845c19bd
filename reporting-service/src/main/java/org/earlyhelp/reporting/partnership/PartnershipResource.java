package org.earlyhelp.reporting.partnership;

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

/** {@code GET /api/reports/partnership?area=&from=&to=}: the partnership figures, JSON or (Accept: text/csv) CSV. */
@Path("/api/reports/partnership")
@RolesAllowed({ Roles.MANAGER, Roles.EARLY_HELP_TEAM, Roles.AUDITOR })
public class PartnershipResource {

    private final PartnershipReports reports;
    private final CurrentCaller caller;
    private final Clock clock;

    public PartnershipResource(PartnershipReports reports, CurrentCaller caller, Clock clock) {
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
    @Operation(summary = "Read the partnership report for an area and period (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The partnership figures for the area and period: JSON, or CSV when Accept asks for text/csv",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipReport.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000,
                            description = "RFC 4180 CSV with a header row")) })
    public Response get(@QueryParam("area") String area, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ReportRequest request = ReportRequest.of(caller.get(), area, from, to, clock);
        PartnershipReport report = reports.read(caller.get(), request);
        return Formats.answer(headers, report, report::csv,
                Csv.fileName("partnership", report.area(), report.from().toString(), report.to().toString()));
    }
}
