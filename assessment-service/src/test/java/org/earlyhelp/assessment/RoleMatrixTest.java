package org.earlyhelp.assessment;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each write endpoint, for roles that may call it and roles that may not (refused by role: 403; unable to see the family: 404). */
@QuarkusTest
class RoleMatrixTest {

    static final String MANAGER = TestTokens.token("manager", "isle-of-wight", "early-help", "manager");

    @Inject
    Clock clock;

    /** A withdrawal ten days back, after the consent {@link Api#consent} dates 30 days back. */
    String withdrawal(String reason) {
        return "{\"withdrawnOn\": \"%s\", \"reason\": \"%s\"}".formatted(RecordedDates.today(clock).minusDays(10), reason);
    }

    /** A completion a week back, after the consent {@link Api#consent} dates 30 days back. */
    String completion() {
        return "{\"completedOn\": \"%s\"}".formatted(RecordedDates.today(clock).minusDays(7));
    }

    @Nested
    @DisplayName("consents")
    class Consents {

        @Test
        @DisplayName("a partner system and a social worker who registered the family may record and withdraw consent; an auditor may not (403)")
        void consentByRole() {
            for (String token : List.of(TestTokens.partnerSystem(), TestTokens.socialWorker())) {
                List<String> ids = Api.registerFamily(token);
                String consent = Api.consent(token, ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
                given().auth().oauth2(token).contentType(ContentType.JSON).body(withdrawal("moved"))
                        .post("/api/families/{id}/consents/{c}/withdrawal", ids.get(0), consent).then().statusCode(200);
            }
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            String consent = Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
            given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON)
                    .body("{\"givenByMemberId\": \"%s\", \"coversMemberIds\": [\"%s\"], \"purposes\": [\"ASSESSMENT\"], \"method\": \"VERBAL\", \"givenOn\": \"%s\"}"
                            .formatted(ids.get(2), ids.get(1), RecordedDates.today(clock).minusDays(20)))
                    .post("/api/families/{id}/consents", ids.get(0)).then().statusCode(403);
            for (String token : List.of(TestTokens.auditor(), MANAGER)) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(withdrawal("x"))
                        .post("/api/families/{id}/consents/{c}/withdrawal", ids.get(0), consent).then().statusCode(403);
            }
            given().auth().oauth2(TestTokens.stranger()).contentType(ContentType.JSON).body(withdrawal("x"))
                    .post("/api/families/{id}/consents/{c}/withdrawal", ids.get(0), consent).then().statusCode(404);
        }

        @Test
        @DisplayName("an auditor may not record a sharing decision (403)")
        void sharingDecisionByRole() {
            String family = Api.registerFamily(TestTokens.teacher()).get(0);
            given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON)
                    .body("{\"shared\": false, \"withConsent\": false, \"what\": \"x\", \"withWhom\": \"y\", \"reason\": \"z\"}")
                    .post("/api/families/{id}/sharing-decisions", family).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("assessments")
    class Assessments {

        @Test
        @DisplayName("a social worker and the early help team may start one; an auditor, a manager and a partner system may not (403)")
        void startByRole() {
            for (String token : List.of(TestTokens.socialWorker(), TestTokens.earlyHelpTeam())) {
                List<String> ids = Api.registerFamily(token);
                Api.consent(token, ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
                Api.startAssessment(token, ids.get(0), ids.get(1));
            }
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
            for (String token : List.of(TestTokens.auditor(), MANAGER, TestTokens.partnerSystem())) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"familyId": "%s", "childMemberIds": ["%s"], "reasonForAssessment": "x",
                         "leadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "DSL"}}"""
                        .formatted(ids.get(0), ids.get(1))).post("/api/assessments").then().statusCode(403);
            }
        }

        @Test
        @DisplayName("the early help team may revise but not sign off; an auditor may do neither (403)")
        void reviseAndCompleteByRole() {
            List<String> ids = Api.registerFamily(TestTokens.teacher());
            Api.consent(TestTokens.teacher(), ids.get(0), ids.get(2), ids.get(1), "\"ASSESSMENT\"", "");
            String id = Api.startAssessment(TestTokens.teacher(), ids.get(0), ids.get(1));
            given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(Api.completePatch(ids.get(1), ids.get(2)))
                    .patch("/api/assessments/{id}", id).then().statusCode(200);
            given().auth().oauth2(TestTokens.earlyHelpTeam()).contentType(ContentType.JSON).body(completion())
                    .post("/api/assessments/{id}/completion", id).then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body("{\"familyViews\": \"x\"}")
                    .patch("/api/assessments/{id}", id).then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor()).contentType(ContentType.JSON).body(completion())
                    .post("/api/assessments/{id}/completion", id).then().statusCode(403);
            given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(completion())
                    .post("/api/assessments/{id}/completion", id).then().statusCode(200);
        }
    }
}
