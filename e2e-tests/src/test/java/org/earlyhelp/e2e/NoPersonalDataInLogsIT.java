package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.localstack.KafkaServer;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The children's-data promise, checked on the running system: a family whose every name and narrative field carries a
 * marker goes through the pathway (registration, consent and its withdrawal, assessment, plan, referral, decision,
 * step-down and acceptance, and requests refused as bad input), and then no service's log and no event on the bus
 * (payload or header) may contain the marker.
 */
class NoPersonalDataInLogsIT {

    /** Letters only (names are validated as text), and new each run, so an earlier run's log lines cannot match. */
    static final String MARK = "Zqv" + randomLetters(10);

    static String teacher;
    static String sw;
    static EarlyHelpSystem system;

    static String randomLetters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < n; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    static String m(String what) {
        return MARK + what;
    }

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        sw = system.keycloak().passwordToken("sw", "sw");
    }

    @Test
    @DisplayName("markers in every name and narrative field never reach a service's log or an event on the bus")
    void markersStayOutOfLogsAndEvents() {
        // a partner's signing secret is shown once, in the answer, and nowhere else
        String partner = system.keycloak().clientToken("partner-school-mis", "partner-school-mis-secret");
        var subscription = given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"earlyhelp.plan.plan-opened.v1\"]}")
                .post("/api/webhook-subscriptions").then().statusCode(201).extract();
        String secret = subscription.path("secret");
        var family = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "PO30 1UD", "members": [
                  {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2015-03-02", "role": "CHILD"},
                  {"givenName": "%s", "familyName": "%s", "dateOfBirth": "1988-07-02", "role": "PARENT"}]}"""
                .formatted(m("Family"), m("Child"), m("Family"), m("Parent"), m("Family"))).post("/api/families").then().statusCode(201).extract();
        String familyId = family.path("id");
        String child = family.path("members[0].id");
        String parent = family.path("members[1].id");
        // bad input that carries the marker: too long a name, a second family member with a malformed date
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2015-02-30", "role": "CHILD"}""".formatted(m("x".repeat(120)), m("Bad")))
                .post("/api/families/{id}/members", familyId).then().statusCode(400);

        consent(familyId, parent, child, "childrens-social-care");
        String withdrawn = consent(familyId, parent, child, "police");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"withdrawnOn\": \"2026-12-02\", \"reason\": \"%s\"}".formatted(m("Reason")))
                .post("/api/families/{id}/consents/{c}/withdrawal", familyId, withdrawn).then().statusCode(200);

        String assessmentId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "%s",
                 "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(familyId, child, m("ReasonForAssessment"))).post("/api/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childrensVoice": [{"memberId": "%s", "wishesAndFeelings": "%s"}], "familyViews": "%s",
                 "factors": {"protective": "%s", "presenting": "%s", "precipitating": "%s", "perpetuating": "%s", "predisposing": "%s", "predicting": "%s"},
                 "domains": {"childDevelopment": "%s", "parentingCapacity": "%s", "familyAndEnvironment": "%s"},
                 "needs": [{"memberId": "%s", "indicator": "PERSISTENT_ABSENCE", "description": "%s"}],
                 "strengths": "%s", "levelOfNeed": "TARGETED"}"""
                .formatted(child, m("Voice"), m("Views"), m("P1"), m("P2"), m("P3"), m("P4"), m("P5"), m("P6"), m("D1"), m("D2"), m("D3"),
                        child, m("Need"), m("Strengths")))
                .patch("/api/assessments/{id}", assessmentId).then().statusCode(200);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"2026-12-03\"}")
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then().body("total", equalTo(1)));
        String planId = given().auth().oauth2(teacher).queryParam("originRef", assessmentId).get("/api/plans").then().extract().path("items[0].id");
        String goalId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"needIndicator": "PERSISTENT_ABSENCE", "description": "%s", "measure": "%s", "targetDate": "2027-04-01"}"""
                .formatted(m("Goal"), m("Measure"))).post("/api/plans/{id}/goals", planId).then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"description": "%s", "owner": {"name": "%s", "agency": "family"}, "dueDate": "2027-01-10"}"""
                .formatted(m("Action"), m("Owner"))).post("/api/plans/{id}/goals/{g}/actions", planId, goalId).then().statusCode(201);

        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "planId": "%s", "concerns": "%s", "significantHarm": false,
                 "familyConsented": true, "earlyHelpSoFar": "%s"}""".formatted(familyId, child, planId, m("Concerns"), m("SoFar")))
                .post("/api/referrals").then().statusCode(201);
        String stepDownId = StepDowns.propose(sw, familyId, child);
        StepDowns.acceptAndAwaitPlan("markers", teacher, stepDownId, StepDowns.ACCEPTED_ON);
        String markedStepDown = given().auth().oauth2(sw).contentType(ContentType.JSON)
                .body(StepDowns.proposal(familyId, child, true).replace("Child in need plan ending; the family wants support to continue", m("StepDownReason"))
                        .replace("Back in school every day", m("CarriedGoal")))
                .post("/api/step-downs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"declinedOn\": \"2026-03-10\", \"reason\": \"%s\"}".formatted(m("Declined")))
                .post("/api/step-downs/{id}/decline", markedStepDown).then().statusCode(200);

        // every service has had the events by now: the step-down's plan opened and the decline reached CSC's inbox
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(sw).queryParam("familyId", familyId)
                .get("/api/notifications").then().statusCode(200).extract().<List<String>>path("items.type")).contains("STEP_DOWN_DECLINED"));

        List<String> onTheBus = new ArrayList<>();
        TopicReader bus = new TopicReader(system.kafka().bootstrapServers(), system.kafka().clientSettings());
        for (String topic : KafkaServer.TOPICS) {
            for (ConsumerRecord<String, String> record : bus.records(topic, r -> true)) {
                StringBuilder text = new StringBuilder(record.value() == null ? "" : record.value());
                for (Header header : record.headers()) {
                    text.append(' ').append(new String(header.value(), StandardCharsets.UTF_8));
                }
                if (text.toString().toLowerCase(Locale.ROOT).contains(MARK.toLowerCase(Locale.ROOT))) {
                    onTheBus.add(topic + " " + TopicReader.header(record, "ce_type"));
                }
            }
        }
        assertThat(onTheBus).as("events carrying a marker").isEmpty();
        assertThat(linesWith(MARK, system.logDir())).as("log lines carrying a marker").isEmpty();
        assertThat(linesWith(secret.substring("whsec_".length()), system.logDir())).as("log lines carrying the webhook secret").isEmpty();
        given().auth().oauth2(partner).delete("/api/webhook-subscriptions/{id}", subscription.<String>path("id")).then().statusCode(204);
    }

    static String consent(String familyId, String parent, String child, String agency) {
        return given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["%s"], "method": "WRITTEN", "givenOn": "2026-12-01"}""".formatted(parent, child, agency))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201).extract().path("id");
    }

    static List<String> linesWith(String text, Path logDir) {
        String mark = text.toLowerCase(Locale.ROOT);
        try (Stream<Path> files = Files.walk(logDir)) {
            return files.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                            .filter(line -> line.toLowerCase(Locale.ROOT).contains(mark))
                            .map(line -> file.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
