package org.earlyhelp.reporting.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EpisodeRulesTest {

    @Test
    void aReferralCountsOnItsRecordedDayElseTheLondonDayItWasSubmitted() {
        assertThat(EpisodeRules.referralDay(LocalDate.of(2027, 6, 1), Instant.parse("2027-06-03T10:00:00Z"))).isEqualTo(LocalDate.of(2027, 6, 1));
        // 23:30 UTC in summer is already the next day in London
        assertThat(EpisodeRules.referralDay(null, Instant.parse("2027-06-03T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 6, 4));
        assertThat(EpisodeRules.referralDay(null, Instant.parse("2027-01-03T23:30:00Z"))).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(EpisodeRules.referralDay(null, null)).isNull();
    }

    @Test
    void aNewLeadCountsFromTheDayOfTheChangeElseTheWarmHandover() {
        assertThat(EpisodeRules.leadChangeDay(LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 1))).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(EpisodeRules.leadChangeDay(null, LocalDate.of(2027, 5, 1))).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(EpisodeRules.leadChangeDay(null, null)).isNull();
    }

    @Test
    void outcomesAreAchievedWhenEveryGoalOfAtLeastOneIs() {
        assertThat(EpisodeRules.outcomesAchieved("OUTCOMES_ACHIEVED", 3, 3)).isTrue();
        assertThat(EpisodeRules.outcomesAchieved("OUTCOMES_ACHIEVED", 3, 2)).isFalse();
        assertThat(EpisodeRules.outcomesAchieved("OUTCOMES_ACHIEVED", 0, 0)).isFalse();
        assertThat(EpisodeRules.outcomesAchieved("MOVED_AWAY", 2, 2)).isFalse();
    }
}
