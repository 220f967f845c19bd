package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Journeys: the records practice needs beyond the happy path (issue 19), through the gateway with Keycloak tokens. Early help
 * before birth, from an expectant mother's family to the child; and a share without consent that waits for a manager.
 * Dated on the system's today ({@link RunningSystem#today()}): the birth is due two weeks on.
 */
class FamilyRecordIT {

    static String hv;
    static String teacher;
    static String manager;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        hv = system.keycloak().passwordToken("hv", "hv");
        teacher = system.keycloak().passwordToken("teacher", "teacher");
        manager = system.keycloak().passwordToken("manager", "manager");
    }

    @Test
    @DisplayName("an expectant mother's family with an unborn child → pre-birth assessment → plan → birth recorded → the same member is a child of the family, on the assessment behind the plan and on the timeline")
    void earlyHelpBeforeBirth() {
        LocalDate today = RunningSystem.today();
        String surname = "E2e" + System.nanoTime();
        ExtractableResponse<Response> family = given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"area": "isle-of-wight", "familyName": "%s", "postcode": "PO30 1UD", "members": [
                  {"role": "UNBORN", "expectedDateOfBirth": "%s"},
                  {"givenName": "Beth", "familyName": "%s", "dateOfBirth": "1996-04-11", "role": "PARENT"}]}"""
                .formatted(surname, today.plusWeeks(2), surname)).post("/api/families").then().statusCode(201)
                .body("members[0].role", equalTo("UNBORN")).extract();
        String familyId = family.path("id");
        String unborn = family.path("members[0].id");
        String mother = family.path("members[1].id");

        // the expectant mother consents for her unborn child; the health visitor's pre-birth assessment covers it
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": ["%s", "%s"], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["early-help"], "method": "WRITTEN", "givenOn": "%s"}""".formatted(mother, unborn, mother, today))
                .post("/api/families/{id}/consents", familyId).then().statusCode(201);
        String assessmentId = given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "Low mood in pregnancy, first baby",
                 "leadProfessional": {"userId": "hv", "name": "Hannah Visitor", "agency": "health", "role": "Health visitor"}}"""
                .formatted(familyId, unborn)).post("/api/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"familyViews": "Beth wants help to get ready",
                 "factors": {"protective": "a", "presenting": "b", "precipitating": "c", "perpetuating": "d", "predisposing": "e", "predicting": "f"},
                 "domains": {"childDevelopment": "a", "parentingCapacity": "b", "familyAndEnvironment": "c"},
                 "needs": [{"memberId": "%s", "indicator": "PARENTAL_MENTAL_HEALTH", "description": "Low mood"}],
                 "levelOfNeed": "TARGETED"}""".formatted(mother))
                .patch("/api/assessments/{id}", assessmentId).then().statusCode(200);
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("{\"completedOn\": \"%s\"}".formatted(today))
                .post("/api/assessments/{id}/completion", assessmentId).then().statusCode(200).body("status", equalTo("COMPLETED"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(hv).queryParam("originRef", assessmentId).get("/api/plans").then().statusCode(200)
                        .body("total", equalTo(1)));
        String planId = given().auth().oauth2(hv).queryParam("originRef", assessmentId).get("/api/plans").then()
                .body("items[0].familyId", equalTo(familyId)).extract().path("items[0].id");

        // the baby is born: the same member, now a child; the plan carries on for the family
        given().auth().oauth2(hv).contentType(ContentType.JSON).body("""
                {"dateOfBirth": "%s", "givenName": "Cara"}""".formatted(today))
                .post("/api/families/{id}/members/{memberId}/birth", familyId, unborn).then().statusCode(200)
                .body("role", equalTo("CHILD")).body("id", equalTo(unborn));
        given().auth().oauth2(hv).get("/api/families/{id}", familyId).then().statusCode(200)
                .body("members.find { it.id == '%s' }.role".formatted(unborn), equalTo("CHILD"))
                .body("members.find { it.id == '%s' }.dateOfBirth".formatted(unborn), equalTo(today.toString()));
        given().auth().oauth2(hv).get("/api/assessments/{id}", assessmentId).then().statusCode(200)
                .body("childMemberIds", equalTo(List.of(unborn)));
        given().auth().oauth2(hv).get("/api/plans/{id}", planId).then().statusCode(200).body("status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(hv).get("/api/families/{id}/timeline", familyId)
                .then().statusCode(200).body("items.type", hasItems("FAMILY_REGISTERED", "ASSESSMENT_COMPLETED", "PLAN_OPENED", "CHILD_BORN")));
    }

    @Test
    @DisplayName("a share without consent on SIGNIFICANT_HARM stays PENDING_APPROVAL until the manager approves with their own token; the requester's approval is 403")
    void aShareWithoutConsentWaitsForAManager() {
        Families.Family family = Families.register(teacher);
        String decisionId = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"shared": true, "ground": "SIGNIFICANT_HARM", "what": "The assessment", "withWhom": "police",
                 "reason": "Bruising seen at school", "managerUserId": "manager"}""")
                .post("/api/families/{id}/sharing-decisions", family.id()).then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).extract().path("id");

        // the named manager is told; the requester cannot approve their own request
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(types(manager, family.id())).contains("SHARING_APPROVAL_REQUESTED"));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"approved\": true, \"note\": \"Urgent\"}")
                .post("/api/families/{id}/sharing-decisions/{d}/approval", family.id(), decisionId).then().statusCode(403);
        given().auth().oauth2(teacher).get("/api/families/{id}/sharing-decisions/{d}", family.id(), decisionId).then().statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"));

        // the manager approves with their own token: APPROVED, who and when recorded, and the requester hears
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"approved\": true, \"note\": \"Proportionate: share today\"}")
                .post("/api/families/{id}/sharing-decisions/{d}/approval", family.id(), decisionId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approval.decidedBy", equalTo("manager"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(types(teacher, family.id())).contains("SHARING_APPROVED"));
        given().auth().oauth2(teacher).get("/api/families/{id}/sharing-decisions", family.id()).then().statusCode(200)
                .body("items.status", hasItem("APPROVED"));
    }

    private static List<String> types(String token, String familyId) {
        return given().auth().oauth2(token).queryParam("familyId", familyId).queryParam("size", 200).get("/api/notifications")
                .then().statusCode(200).extract().path("items.type");
    }
}
