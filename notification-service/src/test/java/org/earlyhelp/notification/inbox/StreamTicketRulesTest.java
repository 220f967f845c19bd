package org.earlyhelp.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreamTicketRulesTest {

    static final Instant NOW = Instant.parse("2027-03-22T10:00:00Z");
    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));

    @Test
    @DisplayName("a ticket stands for its caller (user id, area, agency, roles) until, not at, its expiry 30 s after issue")
    void standsForItsCallerUntilItExpires() {
        StreamTicket.Issued issued = StreamTicket.issue(TEACHER, NOW, Duration.ofSeconds(30), new SecureRandom());
        assertThat(issued.stored().expiresAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(issued.stored().callerAt(NOW)).contains(TEACHER);
        assertThat(issued.stored().callerAt(NOW.plusSeconds(29))).contains(TEACHER);
        assertThat(issued.stored().callerAt(NOW.plusSeconds(30))).isEmpty();
        assertThat(issued.stored().callerAt(NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    @DisplayName("a ticket is 32 random bytes (43 base64url characters), kept only as its SHA-256, and never printed")
    void randomHashedAndNeverPrinted() {
        SecureRandom random = new SecureRandom();
        StreamTicket.Issued one = StreamTicket.issue(TEACHER, NOW, Duration.ofSeconds(30), random);
        StreamTicket.Issued two = StreamTicket.issue(TEACHER, NOW, Duration.ofSeconds(30), random);
        assertThat(one.ticket()).hasSize(43).isNotEqualTo(two.ticket());
        assertThat(StreamTicket.wellFormed(one.ticket())).isTrue();
        assertThat(StreamTicket.hash(one.ticket())).hasSize(64).isNotEqualTo(one.ticket()).isEqualTo(StreamTicket.hash(one.ticket()));
        assertThat(one.toString()).doesNotContain(one.ticket());
        assertThat(StreamTicketView.of(one).toString()).doesNotContain(one.ticket());
    }

    @Test
    @DisplayName("a string that cannot be a ticket (empty, too long, outside base64url) is refused before any look-up")
    void malformedTickets() {
        assertThat(StreamTicket.wellFormed(null)).isFalse();
        assertThat(StreamTicket.wellFormed("")).isFalse();
        assertThat(StreamTicket.wellFormed("a".repeat(StreamTicket.MAX_LENGTH + 1))).isFalse();
        assertThat(StreamTicket.wellFormed("abc def")).isFalse();
        assertThat(StreamTicket.wellFormed("abc%27")).isFalse();
        assertThat(StreamTicket.wellFormed("Ab0-_z")).isTrue();
    }

    @Test
    @DisplayName("a caller with several roles and no agency keeps them through the ticket")
    void rolesAndNoAgency() {
        Caller manager = new Caller("m", "isle-of-wight", null, Set.of("manager", "practitioner"));
        StreamTicket.Issued issued = StreamTicket.issue(manager, NOW, Duration.ofSeconds(30), new SecureRandom());
        assertThat(issued.stored().callerAt(NOW)).contains(manager);
    }
}
