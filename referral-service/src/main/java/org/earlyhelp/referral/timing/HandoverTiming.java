package org.earlyhelp.referral.timing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "A school as lead professional just before the summer holiday is a poor choice" (domain.md;
 * the Isle of Wight audit): a warm handover to a school in the weeks before, or during, the
 * area's summer holiday earns a warning. It never blocks.
 */
public record HandoverTiming(List<HolidayPeriod> summerHolidays, int warnDaysBefore, Set<String> schoolAgencies) {

    public static final String CODE = "school-lead-near-summer-holiday";

    public Optional<TimingWarning> check(String leadAgency, LocalDate warmHandoverOn) {
        if (leadAgency == null || warmHandoverOn == null || !isSchool(leadAgency)) {
            return Optional.empty();
        }
        for (HolidayPeriod holiday : summerHolidays) {
            if (holiday.includes(warmHandoverOn)) {
                return Optional.of(new TimingWarning(CODE, "The warm handover on " + warmHandoverOn
                        + " falls in the summer holiday (" + holiday.from() + " to " + holiday.to()
                        + "), when a school lead professional is not there for the family. Consider another lead professional."));
            }
            if (!warmHandoverOn.isBefore(holiday.from().minusDays(warnDaysBefore)) && warmHandoverOn.isBefore(holiday.from())) {
                return Optional.of(new TimingWarning(CODE, "The warm handover on " + warmHandoverOn + " is within " + warnDaysBefore
                        + " days of the summer holiday (from " + holiday.from()
                        + "): a school lead professional will soon be away. Consider another lead professional or an earlier handover."));
            }
        }
        return Optional.empty();
    }

    private boolean isSchool(String agency) {
        return schoolAgencies.stream().anyMatch(school -> school.equalsIgnoreCase(agency.trim()));
    }
}
