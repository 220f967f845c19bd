package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;

/**
 * Step-downs as the journeys make them: proposed by the social worker for the teacher to lead, accepted by the teacher.
 * Recorded after the fact, like the rest of the journeys: proposed on Monday 9 March 2026 ({@link #PROPOSED_ON}), accepted
 * on Monday 23 March 2026 ({@link #ACCEPTED_ON}), so the first review is due on the 20th working day after the acceptance,
 * Wednesday 22 April 2026 (Good Friday and Easter Monday skipped). Every date is in the past on any day the suite runs.
 */
final class StepDowns {

    static final String PROPOSED_ON = "2026-03-09";
    static final String ACCEPTED_ON = "2026-03-23";
    /** The 20th working day after {@link #ACCEPTED_ON} in England (3 and 6 April 2026 are bank holidays). */
    static final String INITIAL_REVIEW_DUE = "2026-04-22";
    static final String CARRIED_GOAL_TARGET = "2026-07-17";

    static String proposal(String familyId, String childId, boolean consented) {
        return """
                {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CSC-2026-0042", "proposedOn": "%s",
                 "socialWorker": {"userId": "sw", "name": "Sam Social"},
                 "reason": "Child in need plan ending; the family wants support to continue",
                 "familyConsented": %s,
                 "proposedLeadProfessional": {"userId": "teacher", "name": "Tess Teacher", "agency": "school", "role": "Designated safeguarding lead"},
                 "warmHandoverOn": "2026-03-20",
                 "goalsCarriedOver": [{"needIndicator": "PERSISTENT_ABSENCE", "description": "Back in school every day", "measure": "Attendance above 95%%", "targetDate": "%s"}]}
                """.formatted(familyId, childId, PROPOSED_ON, consented, CARRIED_GOAL_TARGET);
    }

    /** A consented proposal for a family only CSC knew until now: registered by the social worker, never seen by early help. */
    static String propose(String swToken) {
        Families.Family family = Families.register(swToken);
        return propose(swToken, family.id(), family.child());
    }

    /**
     * Proposes as soon as referral-service knows that CSC sees the family (it learns registrations and consents from
     * assessment-service's events): until then the family is hidden from CSC there, 404 and nothing written.
     */
    static String propose(String swToken, String familyId, String childId) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = given().auth().oauth2(swToken).contentType(ContentType.JSON).body(proposal(familyId, childId, true))
                    .post("/api/step-downs").then().extract();
            if (answer.statusCode() == 404) {
                return false;
            }
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.<String>path("status")).isEqualTo("PROPOSED");
            id.set(answer.path("id"));
            return true;
        });
        return id.get();
    }

    static void accept(String token, String stepDownId, String acceptedOn) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"acceptedOn\": \"" + acceptedOn + "\"}")
                .post("/api/step-downs/{id}/acceptance", stepDownId).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    /** Waits until exactly one plan opened from the step-down is readable through the gateway; returns its id. */
    static String awaitPlan(String token, String stepDownId, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().auth().oauth2(token).queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId)
                        .get("/api/plans").then().statusCode(200).body("total", equalTo(1)));
        return given().auth().oauth2(token).queryParam("origin", "STEP_DOWN").queryParam("originRef", stepDownId)
                .get("/api/plans").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    /** Accepts and waits for the plan, recording the time from the acceptance's 200 to the plan being readable. */
    static String acceptAndAwaitPlan(String journey, String token, String stepDownId, String acceptedOn) {
        accept(token, stepDownId, acceptedOn);
        long accepted = System.nanoTime();
        String planId = awaitPlan(token, stepDownId, Duration.ofSeconds(30));
        StepDownLatency.record(journey, (System.nanoTime() - accepted) / 1_000_000);
        return planId;
    }

    private StepDowns() {
    }
}
