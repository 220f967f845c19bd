package org.earlyhelp.assessment.family;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

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

/** Early help before birth: an unborn member, a pre-birth assessment, the birth recorded on the same member. */
@QuarkusTest
class UnbornChildResourceTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Test
    @DisplayName("an expectant family: unborn member (201, no name) -> consent by the mother -> pre-birth assessment completed -> birth (200, same id, CHILD) -> timeline and ChildBorn")
    void fromBeforeBirthToBirth() {
        List<String> ids = Api.registerExpectantFamily(TestTokens.teacher());
        String family = ids.get(0);
        String unborn = ids.get(1);
        String mother = ids.get(2);
        given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", family).then().statusCode(200)
                .body("members[0].role", equalTo("UNBORN")).body("members[0].givenName", nullValue())
                .body("members[0].dateOfBirth", nullValue()).body("members[0].expectedDateOfBirth", equalTo(Api.today().plusMonths(3).toString()));

        Api.consent(TestTokens.teacher(), family, mother, unborn, "\"ASSESSMENT\"", "");
        String assessment = Api.startAssessment(TestTokens.teacher(), family, unborn);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"familyViews": "Looking forward to the baby",
                 "factors": {"protective": "Supportive sister", "presenting": "Anxious", "precipitating": "Pregnancy", "perpetuating": "Isolation",
                             "predisposing": "Previous loss", "predicting": "Low mood after birth"},
                 "domains": {"childDevelopment": "Scans normal", "parentingCapacity": "Strong", "familyAndEnvironment": "Small flat"},
                 "needs": [{"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Anxiety"}],
                 "strengths": "Engaged with midwife", "levelOfNeed": "TARGETED"}""".formatted(mother))
                .patch("/api/assessments/{id}", assessment).then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"completedOn\": \"%s\"}".formatted(Api.today().minusDays(1))).post("/api/assessments/{id}/completion", assessment)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("childMemberIds", hasItem(unborn));

        String birth = "/api/families/{id}/members/{m}/birth";
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\"}".formatted(Api.today())).post(birth, family, unborn).then().statusCode(404);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\"}".formatted(Api.today().plusDays(1))).post(birth, family, unborn)
                .then().statusCode(422).body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("dateOfBirth"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"familyName\": \"Jones\"}".formatted(Api.today())).post(birth, family, unborn)
                .then().statusCode(400).body("errors[0].field", equalTo("givenName"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\", \"nhsNumber\": \"943 476 5919\"}".formatted(Api.today()))
                .post(birth, family, unborn).then().statusCode(200)
                .body("id", equalTo(unborn)).body("role", equalTo("CHILD")).body("givenName", equalTo("Cara"))
                .body("dateOfBirth", equalTo(Api.today().toString())).body("nhsNumber", equalTo("9434765919"))
                .body("expectedDateOfBirth", equalTo(Api.today().plusMonths(3).toString()));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\"}".formatted(Api.today())).post(birth, family, unborn).then().statusCode(409);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"dateOfBirth\": \"%s\", \"givenName\": \"Cara\"}".formatted(Api.today())).post(birth, family, mother).then().statusCode(409);

        given().auth().oauth2(TestTokens.teacher()).get("/api/assessments/{id}", assessment).then().body("childMemberIds", hasItem(unborn));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", family).get("/api/timeline").then().statusCode(200)
                .body("items.type", hasItems("CHILD_BORN", "ASSESSMENT_COMPLETED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.recordsFor("earlyhelp.assessment.events", family).stream()
                .map(r -> TopicReader.header(r, "ce_type")).toList()).contains("earlyhelp.assessment.assessment-completed.v1",
                        "earlyhelp.assessment.child-born.v1"));
        assertThat(broker.recordsFor("earlyhelp.assessment.events", family)).filteredOn(r -> "earlyhelp.assessment.child-born.v1"
                .equals(TopicReader.header(r, "ce_type"))).singleElement().satisfies(r -> assertThat(r.value()).contains(unborn)
                        .doesNotContain("Cara", "9434765919", "dateOfBirth"));
    }

    @Test
    @DisplayName("an expected date more than 10 months ahead is 422 expected-birth-within-10-months naming the field, and registers nothing")
    void expectedWithinTenMonths() {
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"familyName": "Far", "postcode": "po30 1ud", "members": [
                   {"givenName": "Beth", "familyName": "Far", "dateOfBirth": "1994-07-01", "role": "PARENT"},
                   {"role": "UNBORN", "expectedDateOfBirth": "%s"}]}""".formatted(Api.today().plusMonths(10).plusDays(1)))
                .post("/api/families").then().statusCode(422).body("rule", equalTo("expected-birth-within-10-months"))
                .body("field", equalTo("members[1].expectedDateOfBirth"));
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"role\": \"UNBORN\", \"expectedDateOfBirth\": \"%s\"}".formatted(Api.today().minusMonths(2)))
                .post("/api/families/{id}/members", family).then().statusCode(422).body("rule", equalTo("expected-birth-not-more-than-a-month-past"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"role\": \"UNBORN\", \"expectedDateOfBirth\": \"%s\", \"givenName\": \"Hope\"}".formatted(Api.today().plusMonths(10)))
                .post("/api/families/{id}/members", family).then().statusCode(201).body("role", equalTo("UNBORN")).body("givenName", equalTo("Hope"));
    }

    @Test
    @DisplayName("fields by role are 400 naming each: an unborn member without expectedDateOfBirth or with a dateOfBirth; a born one without names or with an expected date")
    void fieldsByRole() {
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"familyName": "Shape", "postcode": "po30 1ud", "members": [
                   {"role": "UNBORN", "dateOfBirth": "2020-01-01"},
                   {"familyName": "Shape", "dateOfBirth": "1994-07-01", "role": "PARENT", "expectedDateOfBirth": "%s"}]}"""
                .formatted(Api.today().plusMonths(1)))
                .post("/api/families").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("members[0].expectedDateOfBirth", "members[0].dateOfBirth", "members[1].givenName",
                        "members[1].expectedDateOfBirth"));
        String family = Api.registerFamily(TestTokens.teacher()).get(0);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"role\": \"CHILD\", \"givenName\": \"Al\"}")
                .post("/api/families/{id}/members", family).then().statusCode(400).body("errors.field", hasItems("familyName", "dateOfBirth"));
    }

    @Test
    @DisplayName("a consent covering an unborn child given by someone other than a parent is 422 unborn-consent-by-expectant-parent")
    void consentByTheExpectantParent() {
        List<String> ids = Api.registerExpectantFamily(TestTokens.teacher());
        String aunt = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"givenName\": \"Ann\", \"familyName\": \"Aunt\", \"dateOfBirth\": \"1980-02-02\", \"role\": \"OTHER_ADULT\"}")
                .post("/api/families/{id}/members", ids.get(0)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT"], "method": "VERBAL", "givenOn": "%s"}"""
                .formatted(aunt, ids.get(1), Api.today())).post("/api/families/{id}/consents", ids.get(0))
                .then().statusCode(422).body("rule", equalTo("unborn-consent-by-expectant-parent"));
    }
}
