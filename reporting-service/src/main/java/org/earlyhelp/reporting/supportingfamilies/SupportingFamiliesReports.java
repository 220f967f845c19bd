package org.earlyhelp.reporting.supportingfamilies;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.reporting.period.ReportRequest;

/**
 * Reads the Supporting Families figures for a caller and audits it: the read itself, and, when the answer lists claims, each
 * family it names (one entry per family id). An auditor gets the counts without the list.
 */
@ApplicationScoped
@Transactional
public class SupportingFamiliesReports {

    public static final String READ = "read-supporting-families-report";
    public static final String READ_CLAIM = "read-supporting-families-claim";

    private final SupportingFamiliesFigures figures;
    private final AuditTrail audit;
    private final Clock clock;

    public SupportingFamiliesReports(SupportingFamiliesFigures figures, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    public SupportingFamiliesReport read(Caller caller, ReportRequest request) {
        String what = request.describe("reports/supporting-families");
        audit.record(caller, READ, null, what);
        SupportingFamiliesReport report = figures.report(request.area(), request.period(), RecordedDates.today(clock));
        if (!seesClaims(caller)) {
            return report.withoutClaims();
        }
        audit.recordEach(caller, READ_CLAIM, report.claims().stream().map(SupportingFamiliesReport.Claim::familyId).toList(), what);
        return report;
    }

    /** The list of claims names families: for the early help team and managers, not auditors. */
    static boolean seesClaims(Caller caller) {
        return caller.hasAnyRole(Roles.EARLY_HELP_TEAM, Roles.MANAGER);
    }
}
