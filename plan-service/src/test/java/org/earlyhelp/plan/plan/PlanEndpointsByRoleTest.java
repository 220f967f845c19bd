package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every plan endpoint against every kind of caller, each case on a plan of its own. The expected
 * answers are the access rules of the architecture: the plan's lead professional and the area's
 * early help team read and change it; a team member reads it; anyone else with a role of the
 * service is told it does not exist (404); a role the endpoint does not admit is 403; no token 401.
 */
@QuarkusTest
class PlanEndpointsByRoleTest {

    enum Who {
        LEAD_PROFESSIONAL, TEAM_MEMBER, UNRELATED_PRACTITIONER, EARLY_HELP_TEAM, OTHER_AREAS_EARLY_HELP_TEAM,
        SOCIAL_WORKER, MANAGER, PARTNER_SYSTEM, AUDITOR, ADMIN, NO_TOKEN;

        String token() {
            return switch (this) {
                case LEAD_PROFESSIONAL -> TestTokens.teacher();
                case TEAM_MEMBER -> TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner");
                case UNRELATED_PRACTITIONER -> TestTokens.stranger();
                case EARLY_HELP_TEAM -> TestTokens.earlyHelpTeam();
                case OTHER_AREAS_EARLY_HELP_TEAM -> TestTokens.token("ehteam-elsewhere", "hampshire", "early-help", "early-help-team");
                case SOCIAL_WORKER -> TestTokens.socialWorker();
                case MANAGER -> TestTokens.token("manager", TestTokens.DEFAULT_AREA, "early-help", "manager");
                case PARTNER_SYSTEM -> TestTokens.partnerSystem();
                case AUDITOR -> TestTokens.auditor();
                case ADMIN -> TestTokens.token("admin", TestTokens.DEFAULT_AREA, "council", "admin");
                case NO_TOKEN -> null;
            };
        }
    }

    /**
     * A plan of its own for each case: lead professional teacher, hal in the team, one goal, its initial review; and an action
     * of that goal for the endpoints that name one (only for them: a review asks progress on every action).
     */
    record Fixture(String planId, String goalId, String reviewId, String actionId, String handoverId) {
        static Fixture open(boolean withAction) {
            return open(withAction, false);
        }

        /** With a planned warm handover too (to hv and planned back to the teacher, who leads again) when {@code withPlannedHandover}. */
        static Fixture open(boolean withAction, boolean withPlannedHandover) {
            String ehteam = TestTokens.earlyHelpTeam();
            var plan = given().auth().oauth2(ehteam).contentType(ContentType.JSON)
                    .body(ManualPlanTest.body(ManualPlanTest.familyKnownTo(List.of("teacher"), List.of()), ManualPlanTest.opened(71))).post("/api/plans")
                    .then().statusCode(201).extract();
            String planId = plan.path("id");
            given().auth().oauth2(ehteam).contentType(ContentType.JSON)
                    .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}")
                    .put("/api/plans/{id}/team", planId).then().statusCode(200);
            String reviewId = given().auth().oauth2(ehteam).get("/api/plans/{id}/reviews", planId).then().statusCode(200)
                    .extract().path("items[0].id");
            String goalId = plan.path("goals[0].id");
            String actionId = !withAction ? null : given().auth().oauth2(ehteam).contentType(ContentType.JSON)
                    .body("{\"description\": \"Bedtime routine chart\", \"owner\": {\"name\": \"Beth\", \"agency\": \"family\"}, \"dueDate\": \""
                            + ManualPlanTest.opened(39) + "\"}")
                    .post("/api/plans/{id}/goals/{goalId}/actions", planId, goalId).then().statusCode(201).extract().path("id");
            String handoverId = null;
            if (withPlannedHandover) {
                String later = ManualPlanTest.today().plusDays(7).toString();
                given().auth().oauth2(ehteam).contentType(ContentType.JSON)
                        .body("{\"to\": {\"userId\": \"hv\", \"name\": \"Harriet Visitor\", \"agency\": \"health\", \"role\": \"Health visitor\"}, \"familyAgreed\": true}")
                        .post("/api/plans/{id}/lead-professional-handovers", planId).then().statusCode(201);
                handoverId = given().auth().oauth2(ehteam).contentType(ContentType.JSON)
                        .body("{\"to\": {\"userId\": \"teacher\", \"name\": \"Tess Teacher\", \"agency\": \"school\", \"role\": \"DSL\"}, "
                                + "\"warmHandoverOn\": \"" + later + "\", \"familyAgreed\": true}")
                        .post("/api/plans/{id}/lead-professional-handovers", planId).then().statusCode(201)
                        .body("handovers[1].status", org.hamcrest.Matchers.equalTo("PLANNED")).extract().path("handovers[1].id");
            }
            return new Fixture(planId, goalId, reviewId, actionId, handoverId);
        }
    }

    /**
     * An endpoint and its body, whose dates are written {@code {opened+N}}: N days after the fixture's plan opened (back-dated
     * from the platform's today, so every recorded date is in the past on any day the suite runs).
     */
    record Endpoint(String name, String method, String path, boolean write, int success, String body) {
        String resolve(Fixture fixture) {
            String resolved = path.replace("{id}", fixture.planId()).replace("{goalId}", fixture.goalId()).replace("{reviewId}", fixture.reviewId());
            resolved = fixture.handoverId() == null ? resolved : resolved.replace("{handoverId}", fixture.handoverId());
            return fixture.actionId() == null ? resolved : resolved.replace("{actionId}", fixture.actionId());
        }

        boolean namesAHandover() {
            return path.contains("{handoverId}");
        }

        boolean namesAnAction() {
            return path.contains("{actionId}");
        }

        String datedBody() {
            if (body == null) {
                return null;
            }
            return java.util.regex.Pattern.compile("\\{opened\\+(\\d+)}").matcher(body)
                    .replaceAll(m -> ManualPlanTest.opened(Integer.parseInt(m.group(1))));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("list", "GET", "/api/plans", false, 200, null),
            new Endpoint("read", "GET", "/api/plans/{id}", false, 200, null),
            new Endpoint("reviews", "GET", "/api/plans/{id}/reviews", false, 200, null),
            new Endpoint("history", "GET", "/api/plans/{id}/history", false, 200, null),
            new Endpoint("agreement", "POST", "/api/plans/{id}/agreement", true, 200,
                    "{\"agreedOn\": \"{opened+1}\", \"method\": \"WRITTEN\"}"),
            new Endpoint("goal", "POST", "/api/plans/{id}/goals", true, 201,
                    "{\"needIndicator\": \"HOUSING\", \"description\": \"A safe home\", \"measure\": \"Repairs done\", \"targetDate\": \"{opened+71}\"}"),
            new Endpoint("action", "POST", "/api/plans/{id}/goals/{goalId}/actions", true, 201,
                    "{\"description\": \"Bedtime routine chart\", \"owner\": {\"name\": \"Beth\", \"agency\": \"family\"}, \"dueDate\": \"{opened+39}\"}"),
            new Endpoint("goal edit", "PATCH", "/api/plans/{id}/goals/{goalId}", true, 200,
                    "{\"measure\": \"Asleep by 8pm 6 nights a week\", \"targetDate\": \"{opened+80}\"}"),
            new Endpoint("goal withdrawal", "POST", "/api/plans/{id}/goals/{goalId}/withdrawal", true, 200,
                    "{\"reason\": \"Bedtimes are no longer a worry\"}"),
            new Endpoint("action edit", "PATCH", "/api/plans/{id}/goals/{goalId}/actions/{actionId}", true, 200,
                    "{\"status\": \"IN_PROGRESS\", \"dueDate\": \"{opened+45}\"}"),
            new Endpoint("action withdrawal", "POST", "/api/plans/{id}/goals/{goalId}/actions/{actionId}/withdrawal", true, 200,
                    "{\"reason\": \"The family has a chart already\"}"),
            new Endpoint("team", "PUT", "/api/plans/{id}/team", true, 200,
                    "{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}]}"),
            new Endpoint("handover", "POST", "/api/plans/{id}/lead-professional-handovers", true, 201,
                    "{\"to\": {\"userId\": \"hv\", \"name\": \"Harriet Visitor\", \"agency\": \"health\", \"role\": \"Health visitor\"}, \"warmHandoverOn\": \"{opened+10}\", \"note\": \"Met the family together\", \"familyAgreed\": true}"),
            new Endpoint("review outcome", "POST", "/api/plans/{id}/reviews/{reviewId}/outcome", true, 200,
                    "{\"heldOn\": \"{opened+29}\", \"attendees\": [\"teacher\"], \"childAndFamilyViews\": \"Calmer\", \"decision\": \"CONTINUE\"}"),
            new Endpoint("closure", "POST", "/api/plans/{id}/closure", true, 200,
                    "{\"reason\": \"NEEDS_MET_BY_UNIVERSAL_SERVICES\", \"agreedOn\": \"{opened+29}\", \"summary\": \"Bedtimes are calm\"}"),
            new Endpoint("manual plan", "POST", "/api/plans", true, 201, null),
            new Endpoint("manual plan, a family the caller does not see", "POST", "/api/plans", true, 201, null),
            new Endpoint("manual plan, a family no service knows", "POST", "/api/plans", true, 201, null),
            new Endpoint("team with the family's network", "PUT", "/api/plans/{id}/team", true, 200,
                    "{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}, {\"name\": \"Grace Gran\", \"relationship\": \"grandparent\"}]}"),
            new Endpoint("handover completion", "POST", "/api/plans/{id}/lead-professional-handovers/{handoverId}/completion", true, 200,
                    "{\"heldOn\": \"{opened+90}\"}"),
            new Endpoint("sharing", "POST", "/api/plans/{id}/sharing", true, 201,
                    "{\"sharedOn\": \"{opened+1}\", \"sharedWith\": [\"family\", \"school\"]}"),
            new Endpoint("review reschedule", "POST", "/api/plans/{id}/reviews/{reviewId}/reschedule", true, 200,
                    "{\"dueBy\": \"{opened+40}\", \"reason\": \"The family is away that week\"}"),
            new Endpoint("review outcome, a TAF meeting", "POST", "/api/plans/{id}/reviews/{reviewId}/outcome", true, 200,
                    "{\"heldOn\": \"{opened+29}\", \"invited\": [\"teacher\", \"Mum\"], \"attendees\": [\"teacher\"], "
                            + "\"contributions\": [{\"from\": {\"name\": \"Hal Housing\", \"agency\": \"housing\"}, \"summary\": \"Repairs booked\"}], "
                            + "\"significantEvents\": \"A burst pipe\", \"childAndFamilyViews\": \"Calmer\", \"agreedByFamily\": true, "
                            + "\"agreedByProfessionals\": false, \"decision\": \"CONTINUE\"}"));

    /**
     * A family of its own for each manual-plan case, with no plan yet: registered by the teacher, its consent naming
     * housing; registered by someone none of the callers is; or never heard of.
     */
    static UUID familyFor(Endpoint endpoint) {
        return switch (endpoint.name()) {
            case "manual plan" -> ManualPlanTest.familyKnownTo(List.of("teacher"), List.of("housing"));
            case "manual plan, a family the caller does not see" -> ManualPlanTest.familyKnownTo(List.of("someone-else"), List.of("youth-service"));
            default -> UUID.randomUUID();
        };
    }

    /** The access rules, as a table: what each caller gets from each endpoint. */
    static int expected(Endpoint endpoint, Who who) {
        if (who == Who.NO_TOKEN) {
            return 401;
        }
        if (who == Who.AUDITOR || who == Who.ADMIN) {
            return 403;
        }
        if (endpoint.name().equals("list")) {
            return 200; // a list answers with what the caller may see, possibly nothing
        }
        if (endpoint.write() && Map.of(Who.SOCIAL_WORKER, 1, Who.MANAGER, 1, Who.PARTNER_SYSTEM, 1).containsKey(who)) {
            return 403; // roles that read plans but never write them
        }
        if (endpoint.name().startsWith("manual plan")) {
            // a practitioner who already sees the family (registered it, or its consent names their agency) or the area's
            // early help team (every family of its area) may open a plan for a family with none; everyone else: 404
            boolean sees = switch (endpoint.name()) {
                case "manual plan" -> who == Who.LEAD_PROFESSIONAL || who == Who.TEAM_MEMBER || who == Who.EARLY_HELP_TEAM;
                case "manual plan, a family the caller does not see" -> who == Who.EARLY_HELP_TEAM;
                default -> false;
            };
            return sees ? 201 : 404;
        }
        return switch (who) {
            case LEAD_PROFESSIONAL, EARLY_HELP_TEAM -> endpoint.success();
            case TEAM_MEMBER -> endpoint.write() ? 403 : endpoint.success();
            default -> 404;
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who, expected(endpoint, who)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cases")
    void eachEndpointAnswersEachCallerByTheAccessRules(Endpoint endpoint, Who who, int expectedStatus) {
        Fixture fixture = Fixture.open(endpoint.namesAnAction(), endpoint.namesAHandover());
        RequestSpecification request = given().contentType(ContentType.JSON);
        String token = who.token();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        String body = endpoint.name().startsWith("manual plan") ? ManualPlanTest.body(familyFor(endpoint), ManualPlanTest.opened(71))
                : endpoint.datedBody();
        if (body != null) {
            request = request.body(body);
        }
        request.request(endpoint.method(), endpoint.resolve(fixture)).then().statusCode(expectedStatus);
    }
}
