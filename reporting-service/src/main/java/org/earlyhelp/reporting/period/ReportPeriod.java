package org.earlyhelp.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.earlyhelp.platform.problem.FieldRuleViolation;

/** The period a report covers: {@code from}..{@code to}, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final String FROM_NOT_AFTER_TO = "from-not-after-to";
    public static final String AT_MOST_5_YEARS = "period-at-most-5-years";
    public static final int MAX_YEARS = 5;

    /**
     * The period asked for: {@code to} defaults to today, {@code from} to a year before it ({@code to.minusYears(1).plusDays(1)});
     * {@code from} after {@code to}, or a period longer than five years, is refused (422 naming {@code from}).
     */
    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (start.isAfter(end)) {
            throw new FieldRuleViolation(FROM_NOT_AFTER_TO, "from", "from (" + start + ") is after to (" + end + ")");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS).plusDays(1))) {
            throw new FieldRuleViolation(AT_MOST_5_YEARS, "from",
                    "The period " + start + " to " + end + " is longer than " + MAX_YEARS + " years: ask for a shorter one");
        }
        return new ReportPeriod(start, end);
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
