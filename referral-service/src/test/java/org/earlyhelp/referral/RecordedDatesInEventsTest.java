package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The recorded dates added to two v1 events (referredOn, proposedOn) travel as ISO dates, and a consumer reads both the new
 * events and those published before the fields existed (null then), although each record also has its old constructor.
 */
class RecordedDatesInEventsTest {

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    @DisplayName("StepUpReferralSubmittedV1 carries referredOn; one published before it reads with referredOn null")
    void referralSubmittedCarriesReferredOn() throws Exception {
        StepUpReferralSubmittedV1 event = new StepUpReferralSubmittedV1(UUID.randomUUID(), "isle-of-wight", UUID.randomUUID(), null,
                List.of(UUID.randomUUID()), false, true, "teacher", Instant.parse("2026-02-02T10:15:00Z"), LocalDate.of(2026, 1, 14));
        String text = json.writeValueAsString(event);
        assertThat(text).contains("\"referredOn\":\"2026-01-14\"");
        assertThat(json.readValue(text, StepUpReferralSubmittedV1.class)).isEqualTo(event);

        String old = text.replace(",\"referredOn\":\"2026-01-14\"", "");
        assertThat(old).doesNotContain("referredOn");
        assertThat(json.readValue(old, StepUpReferralSubmittedV1.class).referredOn()).isNull();
        assertThat(json.readValue(old, StepUpReferralSubmittedV1.class).referrerUserId()).isEqualTo("teacher");
    }

    @Test
    @DisplayName("StepDownProposedV1 carries proposedOn; one published before it reads with proposedOn null")
    void stepDownProposedCarriesProposedOn() throws Exception {
        StepDownProposedV1 event = new StepDownProposedV1(UUID.randomUUID(), "isle-of-wight", UUID.randomUUID(), List.of(UUID.randomUUID()),
                "sw", new Professional("teacher", "Tess Teacher", "school", "DSL"), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 9));
        String text = json.writeValueAsString(event);
        assertThat(text).contains("\"proposedOn\":\"2026-03-09\"");
        assertThat(json.readValue(text, StepDownProposedV1.class)).isEqualTo(event);

        String old = text.replace(",\"proposedOn\":\"2026-03-09\"", "");
        assertThat(old).doesNotContain("proposedOn");
        assertThat(json.readValue(old, StepDownProposedV1.class).proposedOn()).isNull();
        assertThat(json.readValue(old, StepDownProposedV1.class).warmHandoverOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    }
}
