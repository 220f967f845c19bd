package org.earlyhelp.plan.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.earlyhelp.platform.time.BankHolidays;

/** The two follow-up timescales (issue 18) are per-area settings: an area may set its own, else the defaults (10 and 2 working days). */
class FollowUpTimescalesTest {

    final AreaTimescales timescales = new AreaTimescales(new AreaTimescalesTest.Settings(
            new AreaTimescalesTest.Defaults(BankHolidays.ENGLAND_AND_WALES, 20, 42, 84, 10, 2, 5),
            Map.of("quick", new AreaTimescalesTest.Area(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(5),
                    Optional.of(1)),
                    "glasgow", new AreaTimescalesTest.Area(Optional.of(BankHolidays.SCOTLAND), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty())),
            null));

    @Test
    @DisplayName("an area's revisedPlanWorkingDays and closureSummaryWorkingDays override the defaults; its other timescales stay the defaults")
    void anAreaSetsItsOwnFollowUpTimescales() {
        Timescales quick = timescales.forArea("quick");
        // Tuesday 20 April 2027: 5 working days on is Tuesday 27 April, 1 working day on Wednesday 21 April
        assertThat(quick.revisedPlanDue(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 4, 27));
        assertThat(quick.closureSummaryDue(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 4, 21));
        assertThat(quick.initialReviewWorkingDays()).isEqualTo(20);
    }

    @Test
    @DisplayName("an area that sets neither, and an area with no settings, use the defaults: 10 and 2 working days")
    void otherwiseTheDefaults() {
        for (String area : new String[] { "glasgow", "isle-of-wight" }) {
            Timescales own = timescales.forArea(area);
            // 10 working days after Tuesday 20 April 2027, the early May bank holiday (Monday 3 May) skipped in both nations
            assertThat(own.revisedPlanDue(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 5, 5));
            assertThat(own.closureSummaryDue(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 4, 22));
        }
    }
}
