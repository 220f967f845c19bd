package org.earlyhelp.referral.stepup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CrossingsTimelineTest {

    @Inject
    ObjectMapper json;
    @Inject
    FamilyCircle circle;
    @Inject
    Clock clock;

    @Test
    @DisplayName("GET /api/timeline?familyId= shows a referral drafted after a review, then submitted, then decided (all today), in that order; outside the circle nothing")
    void referralFromAReviewOnTheTimeline() throws Exception {
        UUID familyId = UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        new ReferralFixtures(json, circle, clock).reviewHeld(UUID.randomUUID(), familyId, planId, UUID.randomUUID(), "STEP_UP");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher())
                .queryParam("planId", planId).get("/api/referrals").then().statusCode(200).body("total", equalTo(1)));
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items.type", contains("REFERRAL_DRAFTED"));

        String id = given().auth().oauth2(TestTokens.teacher()).queryParam("planId", planId).get("/api/referrals").then()
                .extract().path("items[0].id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ReferralFixtures.submission())
                .post("/api/referrals/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", RecordedDates.today(clock), true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items.type", contains("REFERRAL_DRAFTED", "REFERRAL_SUBMITTED", "REFERRAL_DECIDED"))
                .body("items[2].summary", equalTo("Children's social care decided NO_FURTHER_ACTION; early help continues"))
                .body("items.ref.unique()", contains("referral/" + id));
        given().auth().oauth2(TestTokens.stranger()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    @DisplayName("a referral and its decision recorded after the fact stand on the timeline on the days they happened, not the day they were typed in")
    void backDatedReferralOnTheTimeline() throws Exception {
        UUID familyId = UUID.randomUUID();
        new ReferralFixtures(json, circle, clock).consentNaming(familyId, "school");
        java.time.LocalDate referredOn = RecordedDates.today(clock).minusWeeks(6);
        java.time.LocalDate decidedOn = referredOn.plusDays(6);
        String id = given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body(ReferralFixtures.referral(familyId, false, true, null, referredOn)).post("/api/referrals")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.socialWorker()).contentType(ContentType.JSON)
                .body(ReferralFixtures.decision("NO_FURTHER_ACTION", decidedOn, true)).post("/api/referrals/{id}/decision", id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/timeline").then().statusCode(200)
                .body("items.type", contains("REFERRAL_SUBMITTED", "REFERRAL_DECIDED"))
                .body("items[0].at", org.hamcrest.Matchers.startsWith(referredOn + "T00:00"))
                .body("items[1].at", org.hamcrest.Matchers.startsWith(decidedOn + "T00:00"));
    }
}
