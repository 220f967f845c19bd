package org.earlyhelp.reporting.supportingfamilies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SupportingFamiliesRulesTest {

    static final LocalDate CLOSED = LocalDate.of(2026, 8, 31);

    @Test
    void theClaimWindowIsOverOnlyAfterSixMonths() {
        assertThat(ClaimRule.sustainedUntil(CLOSED)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ClaimRule.windowOver(CLOSED, LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(ClaimRule.windowOver(CLOSED, LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void aClaimNeedsNoEpisodeAndNoStepUpInTheSixMonthsAfterClosure() {
        LocalDate today = LocalDate.of(2028, 1, 1);
        assertThat(ClaimRule.claimable(CLOSED, null, null, today)).isTrue();
        assertThat(ClaimRule.claimable(CLOSED, LocalDate.of(2027, 2, 28), null, today)).isFalse();
        assertThat(ClaimRule.claimable(CLOSED, LocalDate.of(2027, 3, 1), null, today)).isTrue();
        assertThat(ClaimRule.claimable(CLOSED, null, CLOSED.plusDays(1), today)).isFalse();
        assertThat(ClaimRule.claimable(CLOSED, null, LocalDate.of(2027, 3, 1), today)).isTrue();
        assertThat(ClaimRule.claimable(CLOSED, null, null, LocalDate.of(2027, 2, 28))).isFalse();
    }

    @Test
    void headlinesAreDistinctSortedAndOtherHasNone() {
        assertThat(Headlines.of(List.of("HOUSING", "DOMESTIC_ABUSE", "OTHER", "PERSISTENT_ABSENCE", "MISSING_EDUCATION", "NOT_A_CODE")))
                .containsExactly("GOOD_EDUCATION", "SAFE_FROM_DOMESTIC_ABUSE", "SECURE_HOUSING");
        assertThat(Headlines.inCohort(List.of("HOUSING", "DOMESTIC_ABUSE", "PERSISTENT_ABSENCE"))).isTrue();
        assertThat(Headlines.inCohort(List.of("HOUSING", "PERSISTENT_ABSENCE", "MISSING_EDUCATION", "OTHER"))).isFalse();
    }

    @Test
    void theMappingForSqlPairsEveryCodeWithItsHeadline() {
        Headlines.Mapping mapping = Headlines.mapping();
        String[] codes = mapping.codes().split(",");
        String[] headlines = mapping.headlines().split(",");
        assertThat(codes).hasSameSizeAs(headlines).contains("HOUSING").doesNotContain("OTHER");
        for (int i = 0; i < codes.length; i++) {
            assertThat(List.of(headlines[i])).isEqualTo(Headlines.of(List.of(codes[i])));
        }
    }
}
