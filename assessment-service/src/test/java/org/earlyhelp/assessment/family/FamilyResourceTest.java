package org.earlyhelp.assessment.family;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.assessment.Api;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FamilyResourceTest {

    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @Inject
    Clock clock;

    @Nested
    @DisplayName("POST /api/families")
    class Register {

        @Test
        @DisplayName("as a practitioner, a social worker, the early help team or a partner system answers 201 with member ids")
        void allowedRolesRegister() {
            for (String token : List.of(TestTokens.teacher(), TestTokens.socialWorker(), TestTokens.earlyHelpTeam(), TestTokens.partnerSystem())) {
                String surname = "Reg" + UUID.randomUUID().toString().substring(0, 8);
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Api.familyBody(surname, null)).post("/api/families")
                        .then().statusCode(201).header("Location", containsString("/api/families/")).header("ETag", notNullValue())
                        .body("postcode", equalTo("PO30 1UD")).body("members", hasSize(2)).body("members[0].id", notNullValue())
                        .body("members[0].role", equalTo("CHILD"));
            }
        }

        @Test
        @DisplayName("sent again with the same Idempotency-Key, answers the first family (not a duplicate 409) and registers nothing more")
        void idempotencyKeyReplaysTheFirstAnswer() {
            String surname = "Idem" + UUID.randomUUID().toString().substring(0, 8);
            String key = UUID.randomUUID().toString();
            String first = given().auth().oauth2(TestTokens.teacher()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Api.familyBody(surname, null)).post("/api/families").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Api.familyBody(surname, null)).post("/api/families").then().statusCode(201).body("id", equalTo(first));
            given().auth().oauth2(TestTokens.teacher()).queryParam("q", surname).get("/api/families").then().body("total", equalTo(1));
        }

        @Test
        @DisplayName("as an auditor or a manager answers 403")
        void otherRolesMayNot() {
            for (String token : List.of(TestTokens.auditor(), TestTokens.token("manager", "isle-of-wight", "early-help", "manager"))) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Api.familyBody("Nope", null)).post("/api/families")
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }

        @Test
        @DisplayName("publishes FamilyRegistered with counts and no names")
        void publishesFamilyRegisteredWithoutNames() {
            String familyId = Api.registerFamily(TestTokens.teacher()).get(0);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(broker.recordsFor("earlyhelp.assessment.events", familyId)).hasSize(1));
            ConsumerRecord<String, String> event = broker.recordsFor("earlyhelp.assessment.events", familyId).get(0);
            assertThat(TopicReader.header(event, "ce_type")).isEqualTo("earlyhelp.assessment.family-registered.v1");
            assertThat(event.value()).contains("\"memberCount\":2", "\"childCount\":1").doesNotContain("Amy", "Beth", "Test", "PO30");
        }

        @Test
        @DisplayName("with bad fields answers 400 naming each: blank name, unknown role, bad NHS number, UPN, postcode, a date of birth that is no ISO date")
        void invalidFieldsAre400() {
            String body = """
                    {"familyName": "Smith", "postcode": "NOT A POSTCODE",
                     "members": [
                       {"givenName": " ", "familyName": "Smith", "dateOfBirth": "2015-02-03", "role": "CHILD", "nhsNumber": "9434765918", "upn": "X123"},
                       {"givenName": "Bo", "familyName": "Smith", "dateOfBirth": "1990-01-01", "role": "PARENT"}
                     ]}
                    """;
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post("/api/families")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItems("postcode", "members[0].givenName", "members[0].nhsNumber", "members[0].upn"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(Api.familyBody("Smith", null).replace("\"1988-07-", "\"1988-13-")).post("/api/families")
                    .then().statusCode(400).body("errors[0].field", equalTo("members[1].dateOfBirth"));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(Api.familyBody("Smith", null).replace("\"PARENT\"", "\"UNCLE\"")).post("/api/families")
                    .then().statusCode(400).body("errors[0].field", equalTo("members[1].role"))
                    .body("errors[0].message", containsString("OTHER_ADULT"));
        }

        @Test
        @DisplayName("a member born after today answers 422 recorded-date-not-after-today naming members[i].dateOfBirth and registers nothing; born today or long ago is 201")
        void aDateOfBirthIsNotAfterToday() {
            LocalDate today = RecordedDates.today(clock);
            String surname = "Born" + UUID.randomUUID().toString().substring(0, 8);
            String body = """
                    {"familyName": "%s", "postcode": "PO30 1UD",
                     "members": [
                       {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1961-02-28", "role": "PARENT"},
                       {"givenName": "Cal", "familyName": "%s", "dateOfBirth": "%s", "role": "CHILD"}
                     ]}""";
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(body.formatted(surname, surname, surname, today.plusDays(1))).post("/api/families")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("members[1].dateOfBirth"));
            given().auth().oauth2(TestTokens.teacher()).queryParam("q", surname).get("/api/families").then().statusCode(200)
                    .body("total", equalTo(0));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(body.formatted(surname, surname, surname, today)).post("/api/families")
                    .then().statusCode(201).body("members[1].dateOfBirth", equalTo(today.toString()))
                    .body("members[0].dateOfBirth", equalTo("1961-02-28"));
        }

        @Test
        @DisplayName("a member already registered (same NHS number, or names and date of birth) answers 409 with the families the caller may see, unless confirmed")
        void duplicateCheck() {
            String surname = "Dup" + UUID.randomUUID().toString().substring(0, 8);
            String nhs = "4010232137";
            String first = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(Api.familyBody(surname, null))
                    .post("/api/families").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(Api.familyBody(surname, null))
                    .post("/api/families").then().statusCode(409).contentType("application/problem+json")
                    .body("matchingFamilyIds", hasItem(first));
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(Api.familyBody(surname, null))
                    .post("/api/families").then().statusCode(409).body("matchingFamilyIds", hasSize(0));
            String withNhs = "Nhs" + UUID.randomUUID().toString().substring(0, 8);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(Api.familyBody(withNhs, nhs))
                    .post("/api/families").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(Api.familyBody("Other" + UUID.randomUUID().toString().substring(0, 8), nhs))
                    .post("/api/families").then().statusCode(409);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                    .body(Api.familyBody(surname, null).replace("\"members\"", "\"confirmedNotDuplicate\": true, \"members\""))
                    .post("/api/families").then().statusCode(201);
        }
    }

    @Nested
    @DisplayName("GET /api/families")
    class Read {

        @Test
        @DisplayName("the registrant and the area's early help team see the family; a stranger, an auditor and another area get 404")
        void visibility() {
            String familyId = Api.registerFamily(TestTokens.teacher()).get(0);
            given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", familyId).then().statusCode(200)
                    .header("ETag", notNullValue()).body("members[0].givenName", equalTo("Amy"));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).get("/api/families/{id}", familyId).then().statusCode(200);
            for (String token : List.of(TestTokens.stranger(), TestTokens.auditor(), TestTokens.socialWorker(),
                    TestTokens.token("eh2", "southampton", "early-help", "early-help-team"))) {
                given().auth().oauth2(token).get("/api/families/{id}", familyId).then().statusCode(404);
            }
        }

        @Test
        @DisplayName("?q= finds families the caller may see by name, date of birth, NHS number or postcode, and no others")
        void search() {
            String surname = "Find" + UUID.randomUUID().toString().substring(0, 8);
            String familyId = given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON)
                    .body(Api.familyBody(surname, null)).post("/api/families").then().statusCode(201).extract().path("id");
            given().auth().oauth2(TestTokens.healthVisitor()).queryParam("q", surname.toLowerCase()).get("/api/families")
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(familyId));
            given().auth().oauth2(TestTokens.healthVisitor()).queryParam("q", "Amy " + surname).get("/api/families")
                    .then().body("items.id", hasItem(familyId));
            given().auth().oauth2(TestTokens.healthVisitor()).queryParam("q", "po301ud").queryParam("size", 200).get("/api/families")
                    .then().body("items.id", hasItem(familyId));
            given().auth().oauth2(TestTokens.stranger()).queryParam("q", surname).get("/api/families")
                    .then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Nested
    @DisplayName("POST /api/families/{id}/members")
    class AddMember {

        @Test
        @DisplayName("adds a member (201); a stale If-Match answers 412 and changes nothing")
        void addsAndRefusesStaleWrites() {
            String familyId = Api.registerFamily(TestTokens.teacher()).get(0);
            String etag = given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", familyId).then().extract().header("ETag");
            String member = """
                    {"givenName": "Cal", "familyName": "Baby%s", "dateOfBirth": "%s", "role": "CHILD"}
                    """.formatted(UUID.randomUUID().toString().substring(0, 6), RecordedDates.today(clock).minusWeeks(9));
            given().auth().oauth2(TestTokens.teacher()).header("If-Match", etag).contentType(ContentType.JSON).body(member)
                    .post("/api/families/{id}/members", familyId).then().statusCode(201).body("id", notNullValue());
            given().auth().oauth2(TestTokens.teacher()).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(member.replace("Cal", "Dot")).post("/api/families/{id}/members", familyId)
                    .then().statusCode(412).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", familyId).then().body("members", hasSize(3));
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(member)
                    .post("/api/families/{id}/members", familyId).then().statusCode(404);
        }

        @Test
        @DisplayName("a member born after today answers 422 recorded-date-not-after-today naming dateOfBirth and adds nothing; a baby born today is 201")
        void aNewMembersDateOfBirthIsNotAfterToday() {
            LocalDate today = RecordedDates.today(clock);
            String familyId = Api.registerFamily(TestTokens.teacher()).get(0);
            String member = """
                    {"givenName": "Dot", "familyName": "Baby%s", "dateOfBirth": "%%s", "role": "CHILD"}
                    """.formatted(UUID.randomUUID().toString().substring(0, 6));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(member.formatted(today.plusDays(1)))
                    .post("/api/families/{id}/members", familyId).then().statusCode(422).contentType("application/problem+json")
                    .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("dateOfBirth"));
            given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", familyId).then().body("members", hasSize(2));
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(member.formatted(today))
                    .post("/api/families/{id}/members", familyId).then().statusCode(201).body("dateOfBirth", equalTo(today.toString()));
            given().auth().oauth2(TestTokens.teacher()).get("/api/families/{id}", familyId).then().body("members", hasSize(3));
        }
    }
}
