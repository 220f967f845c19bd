package org.earlyhelp.reporting.period;

import java.time.Clock;

import org.earlyhelp.platform.problem.Problems;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.web.QueryParameters;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * What a report is asked for: one area (the caller's own: {@code area} defaults to it, another is 403 {@value #OWN_AREA_ONLY})
 * and a {@link ReportPeriod}. An unreadable date is 400 naming its parameter.
 */
public record ReportRequest(String area, ReportPeriod period) {

    public static final String OWN_AREA_ONLY = "own-area-only";

    public static ReportRequest of(Caller caller, String area, String from, String to, Clock clock) {
        String asked = area == null || area.isBlank() ? caller.area() : area.trim();
        if (!asked.equals(caller.area())) {
            throw HttpProblem.builder().withType(Problems.FORBIDDEN).withStatus(403).withTitle("Forbidden")
                    .withDetail("Reports cover your own area only").with("rule", OWN_AREA_ONLY).with("field", "area").build();
        }
        ReportPeriod period = ReportPeriod.of(QueryParameters.date("from", from), QueryParameters.date("to", to),
                RecordedDates.today(clock));
        return new ReportRequest(asked, period);
    }

    /** How the audit trail names what was read. */
    public String describe(String report) {
        return report + "?area=" + area + "&from=" + period.from() + "&to=" + period.to();
    }
}
