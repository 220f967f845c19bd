package org.earlyhelp.referral.stepdown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** One request id from the gateway through the service and onto the events it causes. */
@QuarkusTest
class RequestIdTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("the X-Request-Id of a write comes back on the answer and is stamped on its event as ce_requestid")
    void requestIdReachesTheEvent() {
        UUID familyId = CscFamilies.known();
        String requestId = "req-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.socialWorker()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(StepDownBodies.proposal(familyId, true, "teacher")).post("/api/step-downs")
                .then().statusCode(201).header("X-Request-Id", requestId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.referral.events", familyId.toString()))
                .singleElement().satisfies(r -> assertThat(TopicReader.header(r, "ce_requestid")).isEqualTo(requestId)));
    }

    @Test
    @DisplayName("an answer without a caller's id gets a new one")
    void answersCarryAnIdAnyway() {
        String id = given().auth().oauth2(TestTokens.socialWorker()).get("/api/step-downs/{id}", UUID.randomUUID()).then().statusCode(404)
                .extract().header("X-Request-Id");
        assertThat(id).isNotBlank();
    }
}
