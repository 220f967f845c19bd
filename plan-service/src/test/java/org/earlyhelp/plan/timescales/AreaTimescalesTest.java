package org.earlyhelp.plan.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.earlyhelp.platform.time.BankHolidays;

class AreaTimescalesTest {

    record Defaults(BankHolidays bankHolidays, int initialReviewWorkingDays, int reviewIntervalDays, int maxReviewIntervalDays,
            int revisedPlanWorkingDays, int closureSummaryWorkingDays, int reviewDueSoonWorkingDays) implements AreaSettings.Defaults {
    }

    record Area(Optional<BankHolidays> bankHolidays, Optional<Integer> initialReviewWorkingDays, Optional<Integer> reviewIntervalDays,
            Optional<Integer> maxReviewIntervalDays, Optional<Integer> revisedPlanWorkingDays, Optional<Integer> closureSummaryWorkingDays)
            implements AreaSettings.Area {
    }

    record Settings(AreaSettings.Defaults timescales, Map<String, AreaSettings.Area> areas, AreaSettings.Reminders reminders)
            implements AreaSettings {
    }

    final AreaTimescales timescales = new AreaTimescales(new Settings(
            new Defaults(BankHolidays.ENGLAND_AND_WALES, 20, 42, 84, 10, 2, 5),
            Map.of("glasgow", new Area(Optional.of(BankHolidays.SCOTLAND), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()),
                    "fast-track", new Area(Optional.empty(), Optional.of(10), Optional.of(28), Optional.of(56), Optional.empty(),
                    Optional.empty())),
            null));

    @Test
    void aScottishAreaUsesScotlandsBankHolidays() {
        // 2 January 2027 is a Saturday: Scotland's substitute is Monday 4 January, one more day than England's count
        assertThat(timescales.forArea("glasgow").initialReviewDue(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(timescales.forArea("isle-of-wight").initialReviewDue(LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void anAreaMayShortenItsTimescalesAndKeepsTheDefaultsItDoesNotSet() {
        Timescales fast = timescales.forArea("fast-track");
        assertThat(fast.initialReviewDue(LocalDate.of(2027, 3, 22))).isEqualTo(LocalDate.of(2027, 4, 7)); // 10 working days, Easter skipped
        assertThat(fast.nextReviewDue(LocalDate.of(2027, 4, 20), null)).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(fast.revisedPlanDue(LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 5, 5));
    }
}
