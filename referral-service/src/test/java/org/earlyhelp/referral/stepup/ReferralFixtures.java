package org.earlyhelp.referral.stepup;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.time.RecordedDates;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Families and reviews as other services announce them, on the real broker, dated by the platform clock; bodies as a
 * partner system sends them.
 */
final class ReferralFixtures {

    static final String AREA = TestTokens.DEFAULT_AREA;

    private final ObjectMapper json;
    private final FamilyCircle circle;
    private final Clock clock;

    ReferralFixtures(ObjectMapper json, FamilyCircle circle, Clock clock) {
        this.json = json;
        this.circle = circle;
        this.clock = clock;
    }

    LocalDate today() {
        return RecordedDates.today(clock);
    }

    /** assessment-service says the family consented to share with {@code agency}; returns the consent id. */
    UUID consentNaming(UUID familyId, String agency) throws Exception {
        UUID consentId = UUID.randomUUID();
        send("earlyhelp.assessment.events", familyId, "earlyhelp.assessment.consent-recorded.v1", UUID.randomUUID(),
                new ConsentRecordedV1(familyId, AREA, consentId, List.of(UUID.randomUUID()), List.of("ASSESSMENT", "INFORMATION_SHARING"),
                        List.of(agency), "WRITTEN", today().minusDays(30)));
        Caller someone = new Caller("x", AREA, agency, java.util.Set.of("practitioner"));
        await().atMost(Duration.ofSeconds(15)).until(() -> inCircle(someone, familyId));
        return consentId;
    }

    void consentWithdrawn(UUID familyId, UUID consentId, String agency) throws Exception {
        send("earlyhelp.assessment.events", familyId, "earlyhelp.assessment.consent-withdrawn.v1", UUID.randomUUID(),
                new ConsentWithdrawnV1(familyId, AREA, consentId, today()));
        Caller someone = new Caller("x", AREA, agency, java.util.Set.of("practitioner"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !inCircle(someone, familyId));
    }

    private boolean inCircle(Caller caller, UUID familyId) {
        return QuarkusTransaction.requiringNew().call(() -> circle.includes(caller, AREA, familyId));
    }

    void reviewHeld(UUID eventId, UUID familyId, UUID planId, UUID reviewId, String decision) throws Exception {
        send("earlyhelp.plan.events", familyId, "earlyhelp.plan.review-held.v1", eventId,
                new ReviewHeldV1(familyId, AREA, planId, reviewId, today(), decision, "teacher", List.of(UUID.randomUUID())));
    }

    void send(String topic, UUID familyId, String type, UUID eventId, Object event) throws Exception {
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send(topic, familyId.toString(), eventId.toString(), type, json.writeValueAsString(event));
        }
    }

    static String referral(UUID familyId, boolean significantHarm, boolean consented, String noConsentReason) {
        return referral(familyId, significantHarm, consented, noConsentReason, null);
    }

    /** {@code referredOn} {@code null}: not sent (the service takes today). */
    static String referral(UUID familyId, boolean significantHarm, boolean consented, String noConsentReason, LocalDate referredOn) {
        return """
                {"familyId": "%s", "childMemberIds": ["%s"], "concerns": "Bruising seen twice this week",
                 "significantHarm": %s, "familyConsented": %s, "noConsentReason": %s,
                 "earlyHelpSoFar": "Family plan since January, attendance work"%s}
                """.formatted(familyId, UUID.randomUUID(), significantHarm, consented,
                noConsentReason == null ? "null" : "\"" + noConsentReason + "\"",
                referredOn == null ? "" : ", \"referredOn\": \"" + referredOn + "\"");
    }

    static String submission() {
        return """
                {"concerns": "Home conditions have worsened since the review", "significantHarm": false, "familyConsented": true,
                 "earlyHelpSoFar": "Three reviews, housing and attendance goals"}
                """;
    }

    static String decision(String decision, LocalDate decidedOn, boolean earlyHelpContinues) {
        return """
                {"decision": "%s", "decidedOn": "%s", "earlyHelpContinues": %s}
                """.formatted(decision, decidedOn, earlyHelpContinues);
    }
}
