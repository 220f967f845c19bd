package org.earlyhelp.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.earlyhelp.platform.problem.FieldRuleViolation;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void toDefaultsToTodayAndFromToAYearBeforeIt() {
        assertThat(ReportPeriod.of(null, null, TODAY)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 3, 16), TODAY));
        assertThat(ReportPeriod.of(null, LocalDate.of(2024, 2, 29), TODAY).from()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(ReportPeriod.of(LocalDate.of(2027, 1, 1), null, TODAY)).isEqualTo(new ReportPeriod(LocalDate.of(2027, 1, 1), TODAY));
    }

    @Test
    void fromAfterToIsRefusedNamingFrom() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), TODAY))
                .isInstanceOfSatisfying(FieldRuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("from-not-after-to");
                    assertThat(v.field()).isEqualTo("from");
                });
        assertThat(ReportPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), TODAY).months()).containsExactly(YearMonth.of(2027, 1));
    }

    @Test
    void aPeriodOfFiveYearsIsTheLongest() {
        assertThat(ReportPeriod.of(LocalDate.of(2020, 1, 2), LocalDate.of(2025, 1, 1), TODAY).months()).hasSize(61);
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), TODAY))
                .isInstanceOfSatisfying(FieldRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("period-at-most-5-years"));
    }
}
