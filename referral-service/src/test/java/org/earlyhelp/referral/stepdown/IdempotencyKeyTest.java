package org.earlyhelp.referral.stepdown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.earlyhelp.referral.CscFamilies;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IdempotencyKeyTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("the same Idempotency-Key and body again returns the first answer and changes nothing")
    void sameKeySameBodyReplays() {
        UUID familyId = CscFamilies.known();
        String body = StepDownBodies.proposal(familyId, true, "teacher");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/step-downs").then().statusCode(201).extract().path("id");
        String location = given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/step-downs").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).extract().header("Location");
        assertThat(location).endsWith("/api/step-downs/" + first);

        String acceptance = StepDownBodies.acceptance();
        String acceptKey = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.teacher()).header("Idempotency-Key", acceptKey).contentType(ContentType.JSON).body(acceptance)
                    .post("/api/step-downs/{id}/acceptance", first).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.referral.events", familyId.toString())
                .stream().map(r -> TopicReader.header(r, "ce_type")).toList())
                .containsExactly("earlyhelp.referral.step-down-proposed.v1", "earlyhelp.referral.step-down-accepted.v1"));
    }

    @Test
    @DisplayName("the same Idempotency-Key with a different body answers 422; another caller's same key is their own")
    void sameKeyOtherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher")).post("/api/step-downs").then().statusCode(201);
        given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher")).post("/api/step-downs").then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"));
        given().auth().oauth2(TestTokens.token("sw2", "isle-of-wight", "childrens-social-care", "social-worker"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(CscFamilies.known(), true, "teacher")).post("/api/step-downs").then().statusCode(201);
    }

    @Test
    @DisplayName("a refused write frees its Idempotency-Key: the corrected request with the same key goes through")
    void refusedWriteFreesTheKey() {
        String key = UUID.randomUUID().toString();
        UUID familyId = CscFamilies.known();
        given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(familyId, false, "teacher")).post("/api/step-downs").then().statusCode(422);
        given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs").then().statusCode(201);
    }
}
