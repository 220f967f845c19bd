package org.earlyhelp.reporting.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PartnershipRulesTest {

    @Test
    void ageBandsAreByWholeYears() {
        assertThat(AgeBand.of(0).label()).isEqualTo("0-4");
        assertThat(AgeBand.of(4).label()).isEqualTo("0-4");
        assertThat(AgeBand.of(5).label()).isEqualTo("5-10");
        assertThat(AgeBand.of(10).label()).isEqualTo("5-10");
        assertThat(AgeBand.of(11).label()).isEqualTo("11-15");
        assertThat(AgeBand.of(15).label()).isEqualTo("11-15");
        assertThat(AgeBand.of(16).label()).isEqualTo("16-17");
        assertThat(AgeBand.of(17).label()).isEqualTo("16-17");
        assertThat(AgeBand.of(18).label()).isEqualTo("18+");
        assertThat(AgeBand.of(25).label()).isEqualTo("18+");
        assertThatThrownBy(() -> AgeBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childrenByAgeBandAlwaysHasAllFiveBandsInOrder() {
        assertThat(AgeBand.count(Map.of())).containsExactly(Map.entry("0-4", 0L), Map.entry("5-10", 0L), Map.entry("11-15", 0L),
                Map.entry("16-17", 0L), Map.entry("18+", 0L));
        assertThat(AgeBand.count(Map.of(3, 2L, 4, 1L, 17, 5L, 40, 1L))).containsExactly(Map.entry("0-4", 3L), Map.entry("5-10", 0L),
                Map.entry("11-15", 0L), Map.entry("16-17", 5L), Map.entry("18+", 1L));
    }

    @Test
    void sharesAreRoundedHalfUpToThreeDecimals() {
        assertThat(Share.of(2, 7)).isEqualByComparingTo("0.286");
        assertThat(Share.of(1, 6)).isEqualByComparingTo("0.167");
        assertThat(Share.of(1, 8)).isEqualByComparingTo("0.125");
        assertThat(Share.of(1, 2000)).isEqualByComparingTo("0.001"); // 0.0005 rounds up
        assertThat(Share.of(1, 2001)).isEqualByComparingTo("0");
        assertThat(Share.of(3, 3)).isEqualTo(BigDecimal.ONE);
        assertThat(Share.of(0, 0)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void breakdownsListOnlyCountsAboveZeroByCountThenKey() {
        Map<String, Long> counts = new HashMap<>(Map.of("B", 2L, "A", 2L, "C", 5L, "D", 0L, "E", 1L));
        assertThat(Breakdown.of(counts)).containsExactly(Map.entry("C", 5L), Map.entry("A", 2L), Map.entry("B", 2L), Map.entry("E", 1L));
        assertThat(Breakdown.total(counts)).isEqualTo(10);
    }

    @Test
    void aReviewGapOver12WeeksIsMoreThan84Days() {
        LocalDate previous = LocalDate.of(2027, 1, 1);
        assertThat(ReviewGaps.over12Weeks(previous, previous.plusDays(84))).isFalse();
        assertThat(ReviewGaps.over12Weeks(previous, previous.plusDays(85))).isTrue();
        assertThat(ReviewGaps.over12Weeks(null, previous)).isFalse();
    }

    @Test
    void barsGrowWithTheirValueAndNeverVanish() {
        assertThat(PartnershipPage.barLength(0, 10)).isEqualByComparingTo("1");
        assertThat(PartnershipPage.barLength(10, 10)).isEqualByComparingTo(String.valueOf(PartnershipPage.BAR_AREA));
        assertThat(PartnershipPage.barLength(3, 10)).isLessThan(PartnershipPage.barLength(4, 10));
        assertThat(PartnershipPage.barLength(0, 0)).isEqualByComparingTo("1");
    }

    @Test
    void thePageEscapesWhatItWrites() {
        assertThat(PartnershipPage.escape("<b a=\"x\">&'")).isEqualTo("&lt;b a=&quot;x&quot;&gt;&amp;&#39;");
    }
}
