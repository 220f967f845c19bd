package org.earlyhelp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordedDatesTest {

    /** 23:30 UTC on 30 June 2027 is already 1 July in London (BST). */
    private final Clock lateEvening = Clock.fixed(Instant.parse("2027-06-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("today is judged in Europe/London, not UTC")
    void todayIsLondons() {
        assertThat(RecordedDates.today(lateEvening)).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    @DisplayName("today and any past date may be recorded; tomorrow is 422 recorded-date-not-after-today naming the field")
    void notAfterToday() {
        assertThat(RecordedDates.notAfterToday("heldOn", LocalDate.of(2027, 7, 1), lateEvening)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(RecordedDates.notAfterToday("heldOn", LocalDate.of(1999, 1, 1), lateEvening)).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(RecordedDates.notAfterToday("heldOn", null, lateEvening)).isNull();
        assertThatThrownBy(() -> RecordedDates.notAfterToday("heldOn", LocalDate.of(2027, 7, 2), lateEvening))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("recorded-date-not-after-today");
                    assertThat(e.details()).containsEntry("field", "heldOn");
                    assertThat(e.getMessage()).contains("2027-07-02").contains("2027-07-01");
                });
    }

    @Test
    @DisplayName("a date before the fact it follows is 422 under that fact's rule; the same day is fine")
    void notBefore() {
        LocalDate referred = LocalDate.of(2026, 1, 14);
        assertThat(RecordedDates.notBefore("decision-after-referral", "decidedOn", referred, "the referral", referred)).isEqualTo(referred);
        assertThat(RecordedDates.notBefore("decision-after-referral", "decidedOn", null, "the referral", referred)).isNull();
        assertThatThrownBy(() -> RecordedDates.notBefore("decision-after-referral", "decidedOn", referred.minusDays(1), "the referral (referredOn)", referred))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("decision-after-referral");
                    assertThat(e.field()).isEqualTo("decidedOn");
                    assertThat(e.getMessage()).isEqualTo("decidedOn (2026-01-13) is before the referral (referredOn) (2026-01-14)");
                });
    }

    @Test
    @DisplayName("an optional recorded date defaults to today")
    void defaultsToToday() {
        assertThat(RecordedDates.orToday(null, lateEvening)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(RecordedDates.orToday(LocalDate.of(2026, 3, 9), lateEvening)).isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
