package org.earlyhelp.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.assessment.Api;
import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AssessmentResourceTest {

    @jakarta.inject.Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @jakarta.inject.Inject
    Clock clock;

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("POST /api/assessments without a consent for ASSESSMENT covering the child answers 422 and creates nothing")
    void noConsentNoAssessment() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"INFORMATION_SHARING\"", "");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "x",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(ids.get(0), ids.get(1))).post("/api/assessments")
                .then().statusCode(422).contentType("application/problem+json").body("rule", equalTo("assessment-needs-consent"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", ids.get(0)).get("/api/assessments")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @DisplayName("draft -> completion refused listing every missing part (422) -> completed (200, AssessmentCompleted with codes only) -> read-only (409)")
    void theWholeLifecycle() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        Api.consent(TestTokens.teacher(), family, ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
        String id = Api.startAssessment(TestTokens.teacher(), family, ids.get(1));
        given().auth().oauth2(TestTokens.teacher()).get("/api/assessments/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        String completedOn = RecordedDates.today(clock).minusDays(7).toString(); // after the consent, given 30 days ago
        String completion = "{\"completedOn\": \"%s\"}".formatted(completedOn);

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(completion)
                .post("/api/assessments/{id}/completion", id).then().statusCode(422).contentType("application/problem+json")
                .body("missing", hasItems("factors.protective", "domains.childDevelopment", "levelOfNeed"))
                .body("missing.size()", equalTo(12)).body("detail", containsString("childrensVoice"));

        String etag = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(Api.completePatch(ids.get(1), ids.get(2)))
                .patch("/api/assessments/{id}", id).then().statusCode(200).body("needs", hasSize(2))
                .body("levelOfNeed", equalTo("TARGETED")).extract().header("ETag");
        given().auth().oauth2(TestTokens.teacher()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(completion).post("/api/assessments/{id}/completion", id).then().statusCode(412);
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(completion)
                .post("/api/assessments/{id}/completion", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.teacher()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(completion).post("/api/assessments/{id}/completion", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedOn", equalTo(completedOn));

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"familyViews\": \"changed\"}")
                .patch("/api/assessments/{id}", id).then().statusCode(409).contentType("application/problem+json");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.assessment.events", family)
                .stream().map(r -> TopicReader.header(r, "ce_type"))).contains("earlyhelp.assessment.assessment-completed.v1"));
        ConsumerRecord<String, String> completed = broker.recordsFor("earlyhelp.assessment.events", family).stream()
                .filter(r -> TopicReader.header(r, "ce_type").endsWith("assessment-completed.v1")).findFirst().orElseThrow();
        assertThat(completed.value()).contains(id, "PERSISTENT_ABSENCE", "PARENTAL_MENTAL_HEALTH", "TARGETED", completedOn)
                .doesNotContain("Amy", "Beth", "Attendance 78", "Low mood", "Loving grandparents", "friends at school", "Mornings");
        // issue 20: the assessed child's age in whole years on completedOn, never the date of birth
        String dateOfBirth = given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", family).then().statusCode(200)
                .extract().path("members[0].dateOfBirth");
        AssessmentCompletedV1 event;
        try {
            event = json.readValue(completed.value(), AssessmentCompletedV1.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(event.childAges()).containsExactly(new ChildAge(java.util.UUID.fromString(ids.get(1)),
                java.time.Period.between(LocalDate.parse(dateOfBirth), LocalDate.parse(completedOn)).getYears()));
        assertThat(completed.value()).doesNotContain(dateOfBirth);
    }

    @Test
    @DisplayName("completedOn after today, or before the consent that permits the assessment, is 422 naming the rule and completedOn, and the draft stays a draft; a back-dated completion after a back-dated consent is 200")
    void completionDates() {
        LocalDate today = RecordedDates.today(clock);
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        LocalDate consentGiven = today.minusYears(1);
        Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "", consentGiven);
        String id = Api.startAssessment(TestTokens.teacher(), ids.get(0), ids.get(1));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(Api.completePatch(ids.get(1), ids.get(2)))
                .patch("/api/assessments/{id}", id).then().statusCode(200);

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"completedOn\": \"%s\"}".formatted(today.plusDays(1)))
                .post("/api/assessments/{id}/completion", id).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("completedOn"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"completedOn\": \"%s\"}".formatted(consentGiven.minusDays(1)))
                .post("/api/assessments/{id}/completion", id).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("completion-after-consent")).body("field", equalTo("completedOn"))
                .body("detail", containsString(consentGiven.toString()));
        given().auth().oauth2(TestTokens.teacher()).get("/api/assessments/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("completedOn", org.hamcrest.Matchers.nullValue());

        LocalDate completedOn = consentGiven.plusWeeks(3);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"completedOn\": \"%s\"}".formatted(completedOn))
                .post("/api/assessments/{id}/completion", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedOn", equalTo(completedOn.toString()));
    }

    @Test
    @DisplayName("PATCH with an unknown need indicator answers 400 naming needs[0].indicator; the lead professional of an assessment sees the family")
    void unknownIndicatorIs400AndLeadSeesFamily() {
        List<String> ids = Api.registerFamily(TestTokens.earlyHelpTeam());
        Api.consent(TestTokens.earlyHelpTeam(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
        String id = Api.startAssessment(TestTokens.earlyHelpTeam(), ids.get(0), ids.get(1));
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", ids.get(0)).then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"needs\": [{\"memberId\": \"%s\", \"indicator\": \"SADNESS\"}]}".formatted(ids.get(1)))
                .patch("/api/assessments/{id}", id).then().statusCode(400).body("errors[0].field", equalTo("needs[0].indicator"));
        given().auth().oauth2(TestTokens.stranger()).get("/api/assessments/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON).body("{\"familyViews\": \"x\"}")
                .patch("/api/assessments/{id}", id).then().statusCode(404);
    }

    @Test
    @DisplayName("GET /api/audit?familyId= shows who read and changed the family, to the auditor and the early help team only")
    void auditTrail() {
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", family).then().statusCode(200);
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", family).get("/api/audit").then().statusCode(200)
                .body("items.action", hasItems("family.register", "family.read")).body("items.userId", hasItem("teacher"))
                .body("items[0].agency", equalTo("school")).body("items.outcome", hasItems("ALLOWED"));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", family).get("/api/audit").then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", family).get("/api/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor()).get("/api/families/{id}", family).then().statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).get("/api/audit").then().statusCode(400).body("errors[0].field", equalTo("familyId"));
    }

    @Test
    @DisplayName("a read or a write on a family by someone who does not see it is 404 and audited as REFUSED (who, agency, what); nothing is written")
    void refusedAttemptsOnAFamilyAreAudited() {
        List<String> ids = Api.registerFamily(TestTokens.teacher());
        String family = ids.get(0);
        given().auth().oauth2(TestTokens.stranger()).get("/api/families/{id}", family).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "sharedWithAgencies": ["police"],
                 "method": "WRITTEN", "givenOn": "%s"}""".formatted(ids.get(2), ids.get(1), RecordedDates.today(clock).minusDays(6)))
                .post("/api/families/{id}/consents", family).then().statusCode(404);
        // the refused consent was not written: the stranger's agency still does not see the family
        given().auth().oauth2(TestTokens.stranger()).get("/api/families/{id}", family).then().statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).queryParam("familyId", family).queryParam("size", 100).get("/api/audit").then()
                .statusCode(200)
                .body("items.findAll { it.outcome == 'REFUSED' }.userId", org.hamcrest.Matchers.contains("stranger", "stranger", "stranger"))
                .body("items.findAll { it.outcome == 'REFUSED' }.agency", org.hamcrest.Matchers.everyItem(equalTo("police")))
                .body("items.findAll { it.outcome == 'REFUSED' }.action", org.hamcrest.Matchers.everyItem(equalTo("family.access")));
    }

    @Test
    @DisplayName("a plan's lead professional and its team see the family once plan-service says so (PlanOpened), as in every service")
    void planLeadAndTeamSeeTheFamily() throws Exception {
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(404);
        var opened = new org.earlyhelp.events.plan.PlanOpenedV1(java.util.UUID.fromString(family), TestTokens.DEFAULT_AREA,
                java.util.UUID.randomUUID(), "MANUAL", null, new org.earlyhelp.events.Professional("hv", "Hana Health", "health", "HV"),
                List.of("stranger"), RecordedDates.today(clock).minusDays(1), false);
        try (org.earlyhelp.localstack.TopicWriter writer = new org.earlyhelp.localstack.TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", family, java.util.UUID.randomUUID().toString(), "earlyhelp.plan.plan-opened.v1",
                    json.writeValueAsString(opened));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.healthVisitor()).get("/api/families/{id}", family).then().statusCode(200));
        given().auth().oauth2(TestTokens.stranger()).get("/api/families/{id}", family).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("someone", TestTokens.DEFAULT_AREA, "housing", "practitioner"))
                .get("/api/families/{id}", family).then().statusCode(404);
    }
}
