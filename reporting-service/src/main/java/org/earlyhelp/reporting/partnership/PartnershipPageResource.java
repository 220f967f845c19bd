package org.earlyhelp.reporting.partnership;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.reporting.period.ReportRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /reports/partnership?area=&from=&to=}: the partnership figures as a page of tables and inline SVG charts. */
@Path("/reports/partnership")
@RolesAllowed({ Roles.MANAGER, Roles.EARLY_HELP_TEAM, Roles.AUDITOR })
public class PartnershipPageResource {

    private final PartnershipReports reports;
    private final CurrentCaller caller;
    private final Clock clock;

    public PartnershipPageResource(PartnershipReports reports, CurrentCaller caller, Clock clock) {
        this.reports = reports;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The partnership report as an HTML page")
    public String page(@QueryParam("area") String area, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportRequest request = ReportRequest.of(caller.get(), area, from, to, clock);
        PartnershipReports.Page page = reports.page(caller.get(), request);
        return PartnershipPage.render(page.report(), page.months());
    }
}
