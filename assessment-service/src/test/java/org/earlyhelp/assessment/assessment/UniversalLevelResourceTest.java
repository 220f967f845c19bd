package org.earlyhelp.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import org.earlyhelp.assessment.Api;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An assessment concluding UNIVERSAL: the universal services signposted recorded, and an event to tell the family's lead professional and the early help team. */
@QuarkusTest
class UniversalLevelResourceTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("completion at UNIVERSAL without universal services signposted is 422 naming them; with them 200, AssessmentCompleted (UNIVERSAL) and UniversalServicesSignposted published")
    void universalSignposts() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
        String id = Api.startAssessment(TestTokens.teacher(), family, ids.get(1));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(Api.completePatch(ids.get(1), ids.get(2)).replace("\"TARGETED\"", "\"UNIVERSAL\""))
                .patch("/api/assessments/{id}", id).then().statusCode(200);
        String completion = "{\"completedOn\": \"%s\"}".formatted(Api.today().minusDays(1));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(completion).post("/api/assessments/{id}/completion", id)
                .then().statusCode(422).body("missing", contains(startsWith("universalServicesSignposted")));

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"universalServicesSignposted\": [%s]}".formatted("\"x\", ".repeat(20) + "\"x\""))
                .patch("/api/assessments/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("universalServicesSignposted"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"universalServicesSignposted\": [\"Stay and play at the children's centre\", \"School nurse drop-in\"]}")
                .patch("/api/assessments/{id}", id).then().statusCode(200)
                .body("universalServicesSignposted", contains("Stay and play at the children's centre", "School nurse drop-in"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(completion).post("/api/assessments/{id}/completion", id)
                .then().statusCode(200).body("levelOfNeed", equalTo("UNIVERSAL"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.assessment.events", family).stream()
                .map(r -> TopicReader.header(r, "ce_type")).toList()).containsSubsequence("earlyhelp.assessment.assessment-completed.v1",
                        "earlyhelp.assessment.universal-services-signposted.v1"));
        assertThat(broker.recordsFor("earlyhelp.assessment.events", family))
                .filteredOn(r -> "earlyhelp.assessment.universal-services-signposted.v1".equals(TopicReader.header(r, "ce_type"))).singleElement()
                .satisfies(r -> assertThat(r.value()).contains(id, "\"servicesSignposted\":2", "\"leadProfessionalUserId\":\"teacher\"")
                        .doesNotContain("children's centre", "nurse"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/assessments/{id}", id).then()
                .body("universalServicesSignposted", hasItem("School nurse drop-in"));
    }
}
