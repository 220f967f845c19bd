package org.earlyhelp.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class WebhookPayloadsTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aPayloadIsTypeTimestampAndTheEventsIdsWithSealedTextRemovedHoweverDeep() throws Exception {
        String event = """
                {"familyId": "f1", "area": "isle-of-wight", "goals": [
                  {"needIndicator": "PERSISTENT_ABSENCE", "description": {"ciphertext": "AAAA"}, "measure": {"ciphertext": "BBBB"},
                   "targetDate": "2026-07-01"}]}""";
        String payload = WebhookPayloads.of(json, "earlyhelp.referral.step-down-accepted.v1", Instant.parse("2026-03-22T10:00:00Z"),
                json.readTree(event));
        assertThat(json.readTree(payload).path("type").asText()).isEqualTo("earlyhelp.referral.step-down-accepted.v1");
        assertThat(json.readTree(payload).path("timestamp").asText()).isEqualTo("2026-03-22T10:00:00Z");
        assertThat(json.readTree(payload).path("data").path("goals").get(0).path("needIndicator").asText()).isEqualTo("PERSISTENT_ABSENCE");
        assertThat(payload).doesNotContain("ciphertext", "AAAA", "BBBB", "description", "measure");
    }

    @Test
    void aProfessionalTravelsByUserIdAgencyAndRoleWithoutTheirName() throws Exception {
        String event = """
                {"familyId": "f1", "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}""";
        String payload = WebhookPayloads.of(json, "earlyhelp.plan.plan-opened.v1", Instant.parse("2026-03-23T10:00:00Z"), json.readTree(event));
        assertThat(json.readTree(payload).path("data").path("leadProfessional").path("userId").asText()).isEqualTo("teacher");
        assertThat(payload).doesNotContain("Tess");
    }

    @Test
    void backOffDoublesFromTheFirstRetryUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(java.time.Duration.ofSeconds(5), java.time.Duration.ofHours(1), java.time.Duration.ofHours(24), 50);
        assertThat(policy.backoffAfter(1)).hasSeconds(5);
        assertThat(policy.backoffAfter(2)).hasSeconds(10);
        assertThat(policy.backoffAfter(4)).hasSeconds(40);
        assertThat(policy.backoffAfter(20)).hasHours(1);
    }
}
