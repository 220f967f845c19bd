package org.earlyhelp.referral.stepup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicReader;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ReferralResourceTest {

    static final String TOPIC = "earlyhelp.referral.events";
    static final String SUBMITTED = "earlyhelp.referral.step-up-referral-submitted.v1";
    static final String DECIDED = "earlyhelp.referral.step-up-decision-recorded.v1";

    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;
    @Inject
    Clock clock;

    ReferralFixtures fixtures;
    final TopicReader broker = new TopicReader(ServiceTestStack.kafka().bootstrapServers());

    @BeforeEach
    void fixtures() {
        fixtures = new ReferralFixtures(json, circle, clock);
    }

    LocalDate today() {
        return RecordedDates.today(clock);
    }

    List<ConsumerRecord<String, String>> eventsOf(UUID familyId, String type) {
        return broker.recordsFor(TOPIC, familyId.toString()).stream().filter(r -> type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    String refer(String token, UUID familyId, boolean significantHarm) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, significantHarm, true, null))
                .post("/api/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("a practitioner whose agency the family's consent names refers: 201 SUBMITTED, urgent when significant harm, StepUpReferralSubmitted without the concerns")
    void practitionerInTheCircleRefers() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, true, true, null)).post("/api/referrals").then().statusCode(201)
                .header("Location", containsString("/api/referrals/")).header("ETag", notNullValue())
                .contentType(ContentType.JSON)
                .body("status", equalTo("SUBMITTED")).body("urgent", equalTo(true)).body("referrerUserId", equalTo("teacher"))
                .body("referredOn", equalTo(today().toString()))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, SUBMITTED)).hasSize(1));
        ConsumerRecord<String, String> event = eventsOf(familyId, SUBMITTED).get(0);
        assertThat(event.value()).contains(id, "\"urgent\":true", "\"referrerUserId\":\"teacher\"", "\"referredOn\":\"" + today() + "\"")
                .doesNotContain("Bruising", "attendance work");
    }

    @Test
    @DisplayName("without the family's consent and without a reason: 422 naming the rule, nothing stored or published; with a reason it goes ahead")
    void withoutConsentNeedsAReason() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, true, false, null)).post("/api/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("referral-without-consent-needs-a-reason"))
                .body("detail", containsString("noConsentReason"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/referrals").then().body("total", equalTo(0));

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, true, false, "Telling the parents would put the child at risk"))
                .post("/api/referrals").then().statusCode(201).body("familyConsented", equalTo(false));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, SUBMITTED)).hasSize(1));
        assertThat(eventsOf(familyId, SUBMITTED).get(0).value()).doesNotContain("Telling the parents");
    }

    @Test
    @DisplayName("missing fields, a malformed id and an unknown decision code answer 400 naming the field")
    void badInputIs400() throws Exception {
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"familyId\": \"not-a-uuid\"}")
                .post("/api/referrals").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"childMemberIds\": []}")
                .post("/api/referrals").then().statusCode(400)
                .body("errors.field", hasItems("familyId", "childMemberIds", "concerns", "significantHarm", "familyConsented"));
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = refer(TestTokens.teacher(), familyId, false);
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("MAYBE_LATER", today(), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("status", "PENDING").get("/api/referrals").then().statusCode(400);
    }

    @Test
    @DisplayName("a referral naming 100 000 children (it once stopped the relay) is 413, 51 children is 400 naming childMemberIds; nothing written")
    void hugeChildListIsRefused() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        // 100 000 ids are 3.9 MB: over the 1 MB body limit, refused before it is read
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(referralOfChildren(familyId, 100_000))
                .post("/api/referrals").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:earlyhelp:problem:too-large"));
        // the same body sent in chunks (no Content-Length): refused as it grows past the limit
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(referralOfChildren(familyId, 100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/referrals").then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(referralOfChildren(familyId, 51))
                .post("/api/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("childMemberIds"));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId.toString()).get("/api/referrals")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /** A referral body naming {@code n} children. */
    static String referralOfChildren(UUID familyId, int n) {
        String ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        return ReferralFixtures.referral(familyId, false, true, null).replaceFirst("\"childMemberIds\": \\[[^\\]]*\\]",
                "\"childMemberIds\": [" + java.util.regex.Matcher.quoteReplacement(ids) + "]");
    }

    @jakarta.inject.Inject
    org.earlyhelp.platform.audit.AuditTrail auditTrail;

    @Test
    @DisplayName("a referral read refused to someone outside the family's circle is 404 and audited as REFUSED")
    void refusedReadIsAudited() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = refer(TestTokens.teacher(), familyId, false);
        given().auth().oauth2(TestTokens.stranger()).get("/api/referrals/{id}", id).then().statusCode(404);
        org.assertj.core.api.Assertions.assertThat(auditTrail.ofFamily(TestTokens.DEFAULT_AREA, familyId,
                org.earlyhelp.platform.web.PageRequest.of(0, 50)).items())
                .filteredOn(e -> e.outcome.equals(org.earlyhelp.platform.audit.AuditEntry.REFUSED))
                .extracting(e -> e.action, e -> e.resourceRef, e -> e.userId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("referral.access", "referral/" + id, "stranger"));
    }

    @Test
    @DisplayName("who may refer: outside the family's circle 404, a social worker or an auditor 403, no token 401, a withdrawn consent takes access back")
    void whoMayRefer() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID consent = fixtures.consentNaming(familyId, "school");
        String body = ReferralFixtures.referral(familyId, false, true, null);
        given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(404);
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(401);
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(201);
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(201);

        fixtures.consentWithdrawn(familyId, consent, "school");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post("/api/referrals").then().statusCode(404);
    }

    @Test
    @DisplayName("CSC decides once: 200 DECIDED and StepUpDecisionRecorded for the referrer; again 409; back to early help without early help continuing 422; a stale If-Match 412")
    void cscDecidesOnce() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = refer(TestTokens.teacher(), familyId, false);

        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("STEP_DOWN_TO_EARLY_HELP", today(), false)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(422).body("rule", equalTo("step-down-means-early-help-continues"));
        given().auth().oauth2(TestTokens.socialWorker()).header("If-Match", "\"99\"").contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("CHILD_IN_NEED_S17", today(), false)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(412);
        String etag = given().auth().oauth2(TestTokens.socialWorker()).get("/api/referrals/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.socialWorker()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("CHILD_IN_NEED_S17", today(), false)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decision", equalTo("CHILD_IN_NEED_S17"))
                .body("earlyHelpContinues", equalTo(false));
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", today(), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(409).contentType("application/problem+json");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, DECIDED)).hasSize(1));
        assertThat(eventsOf(familyId, DECIDED).get(0).value()).contains("CHILD_IN_NEED_S17", "\"earlyHelpContinues\":false",
                "\"referrerUserId\":\"teacher\"");
    }

    @Test
    @DisplayName("who decides: a social worker or CSC's partner system; the referrer, a school's partner system and the early help team 403")
    void whoDecides() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String body = ReferralFixtures.decision("NO_FURTHER_ACTION", today(), true);
        String first = refer(TestTokens.teacher(), familyId, false);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/decision", first)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/decision", first)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/decision", first)
                .then().statusCode(403);
        String cscSystem = TestTokens.token("service-account-csc", TestTokens.DEFAULT_AREA, "childrens-social-care", "partner-system");
        given().auth().oauth2(cscSystem).contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/decision", first)
                .then().statusCode(200).body("decision", equalTo("NO_FURTHER_ACTION"));
        String otherAreaSw = TestTokens.token("sw-hants", "hampshire", "childrens-social-care", "social-worker");
        String second = refer(TestTokens.teacher(), familyId, false);
        given().auth().oauth2(otherAreaSw).contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/decision", second)
                .then().statusCode(404);
    }

    @Test
    @DisplayName("a review deciding STEP_UP opens exactly one draft for the lead professional, however often it arrives; submitted once; CSC sees it only then")
    void reviewThatStepsUpOpensOneDraft() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        UUID reviewId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        fixtures.reviewHeld(eventId, familyId, planId, reviewId, "STEP_UP");
        fixtures.reviewHeld(eventId, familyId, planId, reviewId, "STEP_UP");
        fixtures.reviewHeld(UUID.randomUUID(), familyId, planId, reviewId, "STEP_UP");
        fixtures.reviewHeld(UUID.randomUUID(), familyId, planId, UUID.randomUUID(), "CONTINUE");
        UUID laterPlan = UUID.randomUUID();
        fixtures.reviewHeld(UUID.randomUUID(), familyId, laterPlan, UUID.randomUUID(), "STEP_UP");

        // one family, one partition, in order: once the last event's draft exists, every earlier event has been applied
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("planId", laterPlan).get("/api/referrals").then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.teacher()).queryParam("planId", planId).get("/api/referrals").then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/referrals").then()
                .body("total", equalTo(2));
        String id = given().auth().oauth2(TestTokens.teacher()).queryParam("planId", planId).queryParam("status", "DRAFT")
                .get("/api/referrals").then().body("items[0].status", equalTo("DRAFT"))
                .body("items[0].leadProfessionalUserId", equalTo("teacher")).body("items[0].reviewId", equalTo(reviewId.toString()))
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/referrals/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", today(), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.healthVisitor()).contentType(ContentType.JSON).body(ReferralFixtures.submission())
                .post("/api/referrals/{id}/submission", id).then().statusCode(404);

        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"significantHarm\": false, \"familyConsented\": true}")
                .post("/api/referrals/{id}/submission", id).then().statusCode(400).body("errors[0].field", equalTo("concerns"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ReferralFixtures.submission())
                .post("/api/referrals/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("planId", equalTo(planId.toString()));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ReferralFixtures.submission())
                .post("/api/referrals/{id}/submission", id).then().statusCode(409);
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/referrals/{id}", id).then().statusCode(200)
                .body("concerns", equalTo("Home conditions have worsened since the review"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, SUBMITTED)).hasSize(1));
        assertThat(eventsOf(familyId, SUBMITTED).get(0).value()).contains(planId.toString()).doesNotContain("Home conditions");
    }

    @Test
    @DisplayName("who sees a referral: the referrer, the area's early help team and social workers, a practitioner the family's consent names; not another practitioner or area")
    void whoSeesAReferral() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = refer(TestTokens.teacher(), familyId, false);
        for (String token : List.of(TestTokens.teacher(), TestTokens.earlyHelpTeam(), TestTokens.socialWorker())) {
            given().auth().oauth2(token).get("/api/referrals/{id}", id).then().statusCode(200).body("id", equalTo(id));
        }
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/referrals/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.healthVisitor()).queryParam("familyId", familyId).get("/api/referrals").then()
                .body("total", equalTo(0));
        given().auth().oauth2(TestTokens.token("eh-hants", "hampshire", "early-help", "early-help-team"))
                .get("/api/referrals/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).get("/api/referrals/{id}", id).then().statusCode(403);

        fixtures.consentNaming(familyId, "health");
        given().auth().oauth2(TestTokens.healthVisitor()).get("/api/referrals/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.healthVisitor()).queryParam("familyId", familyId).get("/api/referrals").then()
                .body("total", equalTo(1));
    }

    @Test
    @DisplayName("a decision retried with the same Idempotency-Key answers as the first time and is recorded once")
    void retriedDecisionIsRecordedOnce() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        String id = refer(TestTokens.teacher(), familyId, true);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.socialWorker()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(ReferralFixtures.decision("CHILD_PROTECTION_S47", today(), true))
                    .post("/api/referrals/{id}/decision", id).then().statusCode(200).body("decision", equalTo("CHILD_PROTECTION_S47"));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, DECIDED)).hasSize(1));
    }

    @Test
    @DisplayName("referredOn after today: 422 recorded-date-not-after-today naming referredOn, nothing stored or published")
    void referredOnAfterTodayIs422() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, false, true, null, today().plusDays(1))).post("/api/referrals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("referredOn"));
        given().auth().oauth2(TestTokens.earlyHelpTeam()).queryParam("familyId", familyId).get("/api/referrals").then()
                .statusCode(200).body("total", equalTo(0));
        assertThat(broker.recordsFor(TOPIC, familyId.toString())).isEmpty();
    }

    @Test
    @DisplayName("a referral recorded after the fact keeps its referredOn (answer, GET, event); CSC's decision dated before the day it was typed in but not before referredOn is accepted")
    void backDatedReferralAndDecisionAreAccepted() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        LocalDate referredOn = today().minusWeeks(6);
        LocalDate decidedOn = referredOn.plusDays(6);
        String id = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, false, true, null, referredOn)).post("/api/referrals")
                .then().statusCode(201).body("referredOn", equalTo(referredOn.toString())).extract().path("id");
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/referrals/{id}", id).then().statusCode(200)
                .body("referredOn", equalTo(referredOn.toString()));
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("STEP_DOWN_TO_EARLY_HELP", decidedOn, true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decidedOn", equalTo(decidedOn.toString()))
                .body("referredOn", equalTo(referredOn.toString()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(eventsOf(familyId, DECIDED)).hasSize(1));
        assertThat(eventsOf(familyId, SUBMITTED).get(0).value()).contains("\"referredOn\":\"" + referredOn + "\"");
        assertThat(eventsOf(familyId, DECIDED).get(0).value()).contains("\"decidedOn\":\"" + decidedOn + "\"");
    }

    @Test
    @DisplayName("decidedOn after today (422 recorded-date-not-after-today) or before referredOn (422 decision-after-referral): naming decidedOn, nothing decided or published; referredOn itself is fine")
    void decisionAfterTodayOrBeforeTheReferralIs422() throws Exception {
        UUID familyId = UUID.randomUUID();
        fixtures.consentNaming(familyId, "school");
        LocalDate referredOn = today().minusDays(3);
        String id = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, false, true, null, referredOn)).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", today().plusDays(1), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("decidedOn"));
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", referredOn.minusDays(1), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("decision-after-referral")).body("field", equalTo("decidedOn"));
        given().auth().oauth2(TestTokens.socialWorker()).get("/api/referrals/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("decidedOn", org.hamcrest.Matchers.nullValue());
        assertThat(eventsOf(familyId, DECIDED)).isEmpty();

        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", referredOn, true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(200).body("decidedOn", equalTo(referredOn.toString()));
    }

    @Test
    @DisplayName("a draft submitted with a back-dated referredOn keeps it; one dated after today is 422 and stays a draft")
    void draftSubmittedWithItsOwnReferredOn() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        fixtures.reviewHeld(UUID.randomUUID(), familyId, planId, UUID.randomUUID(), "STEP_UP");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("planId", planId).get("/api/referrals").then().statusCode(200).body("total", equalTo(1)));
        String id = given().auth().oauth2(TestTokens.teacher()).queryParam("planId", planId).get("/api/referrals").then()
                .body("items[0].referredOn", org.hamcrest.Matchers.nullValue()).extract().path("items[0].id");
        String submission = ReferralFixtures.submission().replace("\"familyConsented\": true,", "\"familyConsented\": true, \"referredOn\": \"%s\",");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(submission.formatted(today().plusDays(1)))
                .post("/api/referrals/{id}/submission", id).then().statusCode(422)
                .body("rule", equalTo("recorded-date-not-after-today")).body("field", equalTo("referredOn"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/referrals/{id}", id).then().body("status", equalTo("DRAFT"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(submission.formatted(today().minusDays(2)))
                .post("/api/referrals/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("referredOn", equalTo(today().minusDays(2).toString()));
    }
}
