package org.earlyhelp.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * A practitioner's traffic, one request per arrival (open model), in these proportions:
 * <ul>
 * <li>25 % caseload (their active plans with a review due soon): the screen they open first and come back to;</li>
 * <li>20 % inbox (unread notifications) and 5 % the unread badge: polled by the front end while it is open;</li>
 * <li>15 % a family and 15 % a plan: drilling into a case from the caseload or a notification;</li>
 * <li>5 % a family's timeline: before a meeting or a review;</li>
 * <li>10 % an assessment edit (the front end saves a draft as the practitioner types);</li>
 * <li>5 % a review outcome (a plan read for its open review, then the outcome): reviews are every six weeks per family, so rarest.</li>
 * </ul>
 * Reads dominate as in any case-management system (about 85 % reads, 15 % writes). The teacher's
 * seeded families feed the ids; every call goes through the gateway with the teacher's real token.
 */
final class Practitioners {

    static final String TEACHER = Bench.token("teacher");

    static ChainBuilder as(String token, ChainBuilder chain) {
        return exec(session -> session.set("token", token)).exec(chain);
    }

    static final ChainBuilder CASELOAD = exec(http("caseload").get("/api/plans?leadProfessional=me&status=ACTIVE&reviewDueBefore=2027-04-22&size=20")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder INBOX = exec(http("inbox").get("/api/notifications?unread=true&size=20")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder UNREAD = exec(http("unread count").get("/api/notifications/unread-count")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder FAMILY = exec(http("family").get("/api/families/#{familyId}")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder PLAN = exec(http("plan").get("/api/plans/#{planId}")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder TIMELINE = exec(http("timeline").get("/api/families/#{familyId}/timeline")
            .header("Authorization", "Bearer #{token}").check(status().is(200)));
    static final ChainBuilder ASSESSMENT_EDIT = exec(http("assessment edit").patch("/api/assessments/#{assessmentId}")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"familyViews\": \"Mornings are easier since the walking bus started\"}")).check(status().is(200)));
    static final ChainBuilder REVIEW_OUTCOME = exec(http("plan for its review").get("/api/plans/#{planId}")
            .header("Authorization", "Bearer #{token}").check(status().is(200), jsonPath("$.nextReview.id").saveAs("reviewId")))
            .exec(http("review outcome").post("/api/plans/#{planId}/reviews/#{reviewId}/outcome")
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"heldOn\": \"2026-11-20\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Mornings are easier\", \"decision\": \"CONTINUE\"}"))
                    .check(status().in(200, 409)));

    static final ChainBuilder ONE_REQUEST = randomSwitch().on(
            percent(25.0).then(CASELOAD),
            percent(20.0).then(INBOX),
            percent(5.0).then(UNREAD),
            percent(15.0).then(FAMILY),
            percent(15.0).then(PLAN),
            percent(5.0).then(TIMELINE),
            percent(10.0).then(ASSESSMENT_EDIT),
            percent(5.0).then(REVIEW_OUTCOME));

    static FeederBuilder<String> families() {
        return csv(Bench.FEEDER).circular();
    }

    static ScenarioBuilder mixed(String name) {
        return scenario(name).feed(families()).exec(as(TEACHER, ONE_REQUEST));
    }

    private Practitioners() {
    }
}
