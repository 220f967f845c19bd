package org.earlyhelp.assessment.family;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.assessment.Api;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SocialWorkerAccessTest {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Test
    @DisplayName("a social worker sees a family once a step-up referral to CSC in their area arrives (once, however often), not before")
    void stepUpReferralOpensTheFamilyToTheAreasSocialWorkers() throws Exception {
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/families/{id}", family).then().statusCode(404);

        StepUpReferralSubmittedV1 referral = new StepUpReferralSubmittedV1(UUID.fromString(family), "isle-of-wight", UUID.randomUUID(), null,
                List.of(), true, true, "teacher", clock.instant());
        String eventId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.referral.events", family, eventId, "earlyhelp.referral.step-up-referral-submitted.v1",
                    json.writeValueAsString(referral));
            writer.send("earlyhelp.referral.events", family, eventId, "earlyhelp.referral.step-up-referral-submitted.v1",
                    json.writeValueAsString(referral));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.socialWorker()).get("/api/families/{id}", family).then().statusCode(200));
        given().auth().oauth2(TestTokens.token("sw9", "southampton", "childrens-social-care", "social-worker"))
                .get("/api/families/{id}", family).then().statusCode(404);
        given().auth().oauth2(TestTokens.stranger()).get("/api/families/{id}", family).then().statusCode(404);
    }
}
