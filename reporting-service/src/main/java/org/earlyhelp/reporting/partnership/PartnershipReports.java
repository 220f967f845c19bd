package org.earlyhelp.reporting.partnership;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.reporting.period.ReportRequest;

/** Reads the partnership figures for a caller, and audits the read (who, area, which report and period). */
@ApplicationScoped
@Transactional
public class PartnershipReports {

    public static final String READ = "read-partnership-report";

    private final PartnershipFigures figures;
    private final AuditTrail audit;

    public PartnershipReports(PartnershipFigures figures, AuditTrail audit) {
        this.figures = figures;
        this.audit = audit;
    }

    public PartnershipReport read(Caller caller, ReportRequest request) {
        audit.record(caller, READ, null, request.describe("reports/partnership"));
        return figures.report(request.area(), request.period());
    }

    /** The figures and their timeliness month by month, for the page. */
    public Page page(Caller caller, ReportRequest request) {
        audit.record(caller, READ, null, request.describe("/reports/partnership (page)"));
        return figures.page(request.area(), request.period());
    }

    public record Page(PartnershipReport report, List<MonthlyTimeliness> months) {
    }
}
