package org.earlyhelp.reporting.partnership;

import java.time.YearMonth;

/** Timeliness in one month of the period: initial reviews due then and held on time, closure summaries due then and on time. */
public record MonthlyTimeliness(YearMonth month, long initialReviewsDue, long initialReviewsOnTime, long closureSummariesDue,
        long closureSummariesOnTime) {
}
