package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.platform.time.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Journey: the partnership's figures (issue 20). A small known caseload is built through the gateway in an area no other
 * journey uses (Southampton, its own demo users), with dates recorded after the fact and counted back from the system's
 * today (T), and both reports, read by reporting-service from the events alone, are asserted figure by figure, exactly.
 *
 * <p>The period is the year to T. The caseload, with its dates in days before T:
 * <ul>
 * <li><b>F1</b> Cara (3) and Dan (12): an assessment on T-360 with needs under three headlines (absence, domestic abuse,
 * early years) → a plan; its initial review, two days before it is due, decides CLOSE with every goal achieved; closed
 * OUTCOMES_ACHIEVED the next day, within the closure summary's two working days. Nothing after: a Supporting Families claim.</li>
 * <li><b>F2</b> Eve (16): stepped down by the social worker, accepted on T-200 → a plan with a carried-over goal (financial
 * hardship); its initial review held five days late, the next one 90 days after it (a gap over 12 weeks); the lead
 * passes from the school to health. Open at T.</li>
 * <li><b>F3</b> Finn (7): an assessment on T-250 with needs under three headlines (neglect, substance misuse, housing) → a
 * plan; its initial review, on its due day, decides STEP_UP; the referral (significant harm) is decided CHILD_IN_NEED_S17
 * and early help stops: closed STEPPED_UP_TO_CSC.</li>
 * <li><b>F4</b> Gus (10): an assessment on T-330 (absence) → a plan; its initial review 20 days in decides CLOSE with the goal
 * achieved; closed OUTCOMES_ACHIEVED three days after the summary was due; a new assessment 100 days after the closure
 * opens a second plan (a re-episode, and no claim: the family was back within six months). Open at T.</li>
 * <li><b>F5</b> Hal: an assessment at level UNIVERSAL on T-90 (boundaries and routines; no plan, so no episode and none of its needs), then a plan opened by hand on T-60. Open at T.</li>
 * </ul>
 */
class ReportsIT {

    static final String AREA = "southampton";

    static String teacher;
    static String sw;
    static String manager;
    static String auditor;
    static String islandManager;
    static LocalDate today;
    static WorkingDayCalendar workingDays;

    @BeforeAll
    static void startTheWholeSystem() {
        EarlyHelpSystem system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        teacher = system.keycloak().passwordToken("sotteacher", "sotteacher");
        sw = system.keycloak().passwordToken("sotsw", "sotsw");
        manager = system.keycloak().passwordToken("sotmanager", "sotmanager");
        auditor = system.keycloak().passwordToken("sotauditor", "sotauditor");
        islandManager = system.keycloak().passwordToken("manager", "manager");
        today = RunningSystem.today();
        workingDays = RunningSystem.workingDays();
    }

    @Test
    @DisplayName("a known caseload (assessments, a step-down, reviews on time and late, closures, a step-up, a re-episode, a manual plan) → every partnership and Supporting Families figure, exactly, as JSON and CSV; the page; the area's own roles only")
    void theYearsFigures() {
        LocalDate from = today.minusYears(1).plusDays(1);

        // F1: three headlines, closed with every goal achieved, nothing after: a claim
        LocalDate c1 = today.minusDays(360);
        Family f1 = register(teacher, List.of(child("Cara", c1, 3), child("Dan", c1, 12)));
        String p1 = planFromAssessment(f1, c1, "TARGETED", List.of(
                need(f1.children().get(1), "PERSISTENT_ABSENCE"), need(f1.parent(), "DOMESTIC_ABUSE"),
                need(f1.children().get(0), "EARLY_YEARS_DEVELOPMENT")));
        List<String> p1Goals = makeGoalsSmart(p1, c1);
        LocalDate d1 = workingDays.addWorkingDays(c1, 20);
        LocalDate h1 = d1.minusDays(2);
        holdReview(p1, h1, "CLOSE", p1Goals);
        close(p1, "OUTCOMES_ACHIEVED", h1.plusDays(1), p1Goals);

        // F2: a step-down; the initial review late; a 90-day gap; the lead to health
        LocalDate a2 = today.minusDays(200);
        Family f2 = register(sw, List.of(child("Eve", a2, 16)));
        String stepDown = proposeStepDown(f2, a2);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"acceptedOn\": \"" + a2 + "\"}")
                .post("/api/step-downs/{id}/acceptance", stepDown).then().log().ifValidationFails().statusCode(200);
        String p2 = awaitPlan("originRef", stepDown);
        LocalDate d2 = workingDays.addWorkingDays(a2, 20);
        LocalDate h2 = d2.plusDays(5);
        holdReview(p2, h2, "CONTINUE", List.of());
        holdReview(p2, h2.plusDays(90), "CONTINUE", List.of());
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"to": {"userId": "sothv", "name": "Hana Visitor", "agency": "health", "role": "Health visitor"},
                 "warmHandoverOn": "%s", "familyAgreed": true, "note": "Health will lead"}""".formatted(a2.plusDays(60)))
                .post("/api/plans/{id}/lead-professional-handovers", p2).then().log().ifValidationFails().statusCode(201);

        // F3: three headlines; the initial review on its due day decides STEP_UP; CSC takes the case
        LocalDate c3 = today.minusDays(250);
        Family f3 = register(teacher, List.of(child("Finn", c3, 7)));
        String p3 = planFromAssessment(f3, c3, "TARGETED", List.of(
                need(f3.children().get(0), "NEGLECT"), need(f3.parent(), "PARENTAL_SUBSTANCE_MISUSE"), need(f3.parent(), "HOUSING")));
        makeGoalsSmart(p3, c3);
        LocalDate h3 = workingDays.addWorkingDays(c3, 20);
        holdReview(p3, h3, "STEP_UP", List.of());
        String referral = awaitDraftReferral(p3);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childMemberIds": ["%s"], "concerns": "Neglect: no food at home on two visits", "significantHarm": true,
                 "familyConsented": true, "earlyHelpSoFar": "A family plan since the assessment", "referredOn": "%s"}"""
                .formatted(f3.children().get(0), h3.plusDays(1)))
                .post("/api/referrals/{id}/submission", referral).then().log().ifValidationFails().statusCode(200);
        LocalDate decided3 = h3.plusDays(5);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> given().auth().oauth2(sw)
                .contentType(ContentType.JSON).body("""
                        {"decision": "CHILD_IN_NEED_S17", "decidedOn": "%s", "earlyHelpContinues": false}""".formatted(decided3))
                .post("/api/referrals/{id}/decision", referral).then().extract().statusCode() == 200);
        awaitClosed(p3, "STEPPED_UP_TO_CSC");

        // F4: closed late with its goal achieved, back 100 days later: a re-episode and no claim
        LocalDate c4 = today.minusDays(330);
        Family f4 = register(teacher, List.of(child("Gus", c4, 10)));
        String p4 = planFromAssessment(f4, c4, "TARGETED", List.of(need(f4.children().get(0), "PERSISTENT_ABSENCE")));
        List<String> p4Goals = makeGoalsSmart(p4, c4);
        LocalDate h4 = c4.plusDays(20);
        holdReview(p4, h4, "CLOSE", p4Goals);
        LocalDate closed4 = workingDays.addWorkingDays(h4, 2).plusDays(3);
        close(p4, "OUTCOMES_ACHIEVED", closed4, p4Goals);
        LocalDate c4b = closed4.plusDays(100);
        String p4b = planFromAssessment(f4, c4b, "TARGETED", List.of(need(f4.children().get(0), "PERSISTENT_ABSENCE")));
        assertThat(p4b).isNotEqualTo(p4);

        // F5: a universal assessment (no plan), then a plan opened by hand
        Family f5 = register(teacher, List.of(child("Hal", today.minusDays(90), 8)));
        completeAssessment(f5, today.minusDays(90), "UNIVERSAL", List.of(need(f5.children().get(0), "BOUNDARIES_AND_ROUTINES")));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "openedOn": "%s",
                 "leadProfessional": {"userId": "sotteacher", "name": "Sol Teacher", "agency": "school", "role": "DSL"},
                 "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Bedtimes that work", "measure": "Asleep by nine",
                            "targetDate": "%s"}]}""".formatted(f5.id(), today.minusDays(60), today.plusDays(60)))
                .post("/api/plans").then().log().ifValidationFails().statusCode(201);

        // -- the partnership's figures, exactly --------------------------------------------------------------------------
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("assessmentsCompleted", 5);
        expected.put("episodesStarted", Map.of("total", 6, "byOrigin", Map.of("ASSESSMENT", 4, "STEP_DOWN", 1, "MANUAL", 1)));
        expected.put("stepDownShare", 0.167f);
        expected.put("familiesOpenAt", 3);
        expected.put("childrenOpenAt", 2);
        expected.put("needsIdentified", Map.of("PERSISTENT_ABSENCE", 2, "DOMESTIC_ABUSE", 1, "EARLY_YEARS_DEVELOPMENT", 1,
                "FINANCIAL_HARDSHIP", 1, "NEGLECT", 1, "PARENTAL_SUBSTANCE_MISUSE", 1, "HOUSING", 1));
        expected.put("childrenByAgeBand", Map.of("0-4", 1, "5-10", 3, "11-15", 1, "16-17", 1, "18+", 0));
        expected.put("closures", Map.of("total", 3, "byReason", Map.of("OUTCOMES_ACHIEVED", 2, "STEPPED_UP_TO_CSC", 1)));
        expected.put("leadAgencies", Map.of("school", 2, "health", 1));
        expected.put("timeliness", Map.of("initialReviewsDue", 6, "initialReviewsOnTime", 3, "reviewGapsOver12Weeks", 1,
                "closureSummariesDue", 2, "closureSummariesOnTime", 1));
        expected.put("stepUps", Map.of("referrals", 1, "significantHarm", 1, "byDecision", Map.of("CHILD_IN_NEED_S17", 1)));
        expected.put("reEpisodesWithin12Months", 1);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath report = given().auth().oauth2(manager).queryParam("from", from.toString()).queryParam("to", today.toString())
                    .get("/api/reports/partnership").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
            Map<String, Object> figures = new LinkedHashMap<>(report.getMap(""));
            figures.keySet().retainAll(expected.keySet());
            assertThat(figures).isEqualTo(expected);
            assertThat(report.getString("area")).isEqualTo(AREA);
        });
        // the needs ranked: the most frequent first
        List<String> needsRanked = given().auth().oauth2(manager).queryParam("from", from.toString()).queryParam("to", today.toString())
                .get("/api/reports/partnership").then().extract().jsonPath().getMap("needsIdentified").keySet().stream()
                .map(Object::toString).toList();
        assertThat(needsRanked.get(0)).isEqualTo("PERSISTENT_ABSENCE");

        // -- Supporting Families: worked with (≥ 3 headlines), outcomes achieved, and the one sustained claim ----------------
        LocalDate closed1 = h1.plusDays(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(manager).queryParam("from", from.toString()).queryParam("to", today.toString())
                        .get("/api/reports/supporting-families").then().log().ifValidationFails().statusCode(200)
                        .body("familiesWorkedWith", equalTo(2))
                        .body("familiesWithOutcomesAchieved", equalTo(2))
                        .body("eligibleClaims", equalTo(1))
                        .body("claims", equalTo(List.of(Map.of("familyId", f1.id(), "closedOn", closed1.toString(),
                                "headlines", List.of("EARLY_YEARS_DEVELOPMENT", "GOOD_EDUCATION", "SAFE_FROM_DOMESTIC_ABUSE"))))));
        // an auditor sees the counts, never the families
        given().auth().oauth2(auditor).queryParam("from", from.toString()).queryParam("to", today.toString())
                .get("/api/reports/supporting-families").then().log().ifValidationFails().statusCode(200)
                .body("eligibleClaims", equalTo(1)).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("claims")));

        // -- CSV for the returns --------------------------------------------------------------------------------------------
        String csv = given().auth().oauth2(manager).accept("text/csv").queryParam("from", from.toString())
                .queryParam("to", today.toString()).get("/api/reports/partnership").then().log().ifValidationFails().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).first().isEqualTo("figure,key,value");
        assertThat(csv.lines()).contains("assessmentsCompleted,,5", "episodesStarted.byOrigin,STEP_DOWN,1",
                "childrenByAgeBand,5-10,3", "timeliness,initialReviewsOnTime,3", "stepUps.byDecision,CHILD_IN_NEED_S17,1",
                "reEpisodesWithin12Months,,1", "leadAgencies,health,1");
        String sfCsv = given().auth().oauth2(manager).accept("text/csv").queryParam("from", from.toString())
                .queryParam("to", today.toString()).get("/api/reports/supporting-families").then().log().ifValidationFails().statusCode(200)
                .extract().asString();
        assertThat(sfCsv.lines()).contains("claim,%s,%s,EARLY_YEARS_DEVELOPMENT;GOOD_EDUCATION;SAFE_FROM_DOMESTIC_ABUSE,"
                .formatted(f1.id(), closed1));

        // -- the page, through the gateway --------------------------------------------------------------------------------
        given().auth().oauth2(manager).queryParam("from", from.toString()).queryParam("to", today.toString())
                .get("/reports/partnership").then().log().ifValidationFails().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg")).body(containsString("PERSISTENT_ABSENCE"));

        // -- the area's own roles only ---------------------------------------------------------------------------------------
        given().auth().oauth2(teacher).get("/api/reports/partnership").then().statusCode(403);
        given().auth().oauth2(islandManager).queryParam("area", AREA).get("/api/reports/partnership").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/reports/partnership").then().statusCode(401);
    }

    // --- the caseload's steps ---------------------------------------------------------------------------------------------

    record Family(String id, List<String> children, String parent) {
    }

    record Child(String name, LocalDate bornOn) {
    }

    /** A child who is {@code age} on {@code onDay}, with a birthday well away from it. */
    static Child child(String name, LocalDate onDay, int age) {
        return new Child(name, onDay.minusYears(age).minusDays(20));
    }

    static String need(String memberId, String indicator) {
        return "{\"memberId\": \"%s\", \"indicator\": \"%s\", \"description\": \"Seen at the assessment\"}".formatted(memberId, indicator);
    }

    /** Registered in Southampton by the holder of {@code token}, the children first, then a parent. */
    static Family register(String token, List<Child> children) {
        String surname = "Rpt" + System.nanoTime();
        StringBuilder members = new StringBuilder();
        for (Child c : children) {
            members.append("{\"givenName\": \"%s\", \"familyName\": \"%s\", \"dateOfBirth\": \"%s\", \"role\": \"CHILD\"},"
                    .formatted(c.name(), surname, c.bornOn()));
        }
        members.append("{\"givenName\": \"Pat\", \"familyName\": \"%s\", \"dateOfBirth\": \"1985-05-05\", \"role\": \"PARENT\"}".formatted(surname));
        JsonPath family = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"area": "%s", "familyName": "%s", "postcode": "SO14 7DU", "members": [%s]}""".formatted(AREA, surname, members))
                .post("/api/families").then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        List<String> ids = family.getList("members.id");
        return new Family(family.getString("id"), ids.subList(0, children.size()), ids.get(children.size()));
    }

    /** Consent for every child, then an assessment of them completed on {@code completedOn}. */
    static String completeAssessment(Family family, LocalDate completedOn, String level, List<String> needs) {
        String children = String.join(", ", family.children().stream().map(c -> "\"" + c + "\"").toList());
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"givenByMemberId": "%s", "coversMemberIds": [%s], "purposes": ["ASSESSMENT", "INFORMATION_SHARING"],
                 "sharedWithAgencies": ["health"], "method": "WRITTEN", "givenOn": "%s"}"""
                .formatted(family.parent(), children, completedOn.minusDays(7)))
                .post("/api/families/{id}/consents", family.id()).then().log().ifValidationFails().statusCode(201);
        String assessment = given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"familyId": "%s", "childMemberIds": [%s], "reasonForAssessment": "Concerns shared by the school",
                 "leadProfessional": {"userId": "sotteacher", "name": "Sol Teacher", "agency": "school", "role": "DSL"}}"""
                .formatted(family.id(), children)).post("/api/assessments").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String voices = String.join(", ", family.children().stream()
                .map(c -> "{\"memberId\": \"%s\", \"wishesAndFeelings\": \"Wants things calmer\"}".formatted(c)).toList());
        String universal = level.equals("UNIVERSAL") ? ", \"universalServicesSignposted\": [\"Family hub stay and play\"]" : "";
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"childrensVoice": [%s], "familyViews": "Mornings are hard",
                 "factors": {"protective": "a", "presenting": "b", "precipitating": "c", "perpetuating": "d", "predisposing": "e", "predicting": "f"},
                 "domains": {"childDevelopment": "a", "parentingCapacity": "b", "familyAndEnvironment": "c"},
                 "needs": [%s], "levelOfNeed": "%s"%s}""".formatted(voices, String.join(", ", needs), level, universal))
                .patch("/api/assessments/{id}", assessment).then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("{\"completedOn\": \"%s\"}".formatted(completedOn))
                .post("/api/assessments/{id}/completion", assessment).then().log().ifValidationFails().statusCode(200);
        return assessment;
    }

    static String planFromAssessment(Family family, LocalDate completedOn, String level, List<String> needs) {
        String assessment = completeAssessment(family, completedOn, level, needs);
        String plan = awaitPlan("originRef", assessment);
        given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().body("openedOn", equalTo(completedOn.toString()));
        return plan;
    }

    static String awaitPlan(String param, String value) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam(param, value).get("/api/plans").then().log().ifValidationFails().statusCode(200)
                        .body("total", equalTo(1)));
        return given().auth().oauth2(teacher).queryParam(param, value).get("/api/plans").then().extract().path("items[0].id");
    }

    /** Every goal given a measure and a target date; their ids. */
    static List<String> makeGoalsSmart(String plan, LocalDate openedOn) {
        List<String> goals = given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().log().ifValidationFails().statusCode(200)
                .extract().path("goals.id");
        for (String goal : goals) {
            given().auth().oauth2(teacher).contentType(ContentType.JSON)
                    .body("{\"measure\": \"Agreed with the family\", \"targetDate\": \"%s\"}".formatted(openedOn.plusWeeks(16)))
                    .patch("/api/plans/{id}/goals/{g}", plan, goal).then().log().ifValidationFails().statusCode(200);
        }
        return goals;
    }

    /** The plan's next review held on {@code heldOn}; the goals named are recorded ACHIEVED at it. */
    static void holdReview(String plan, LocalDate heldOn, String decision, List<String> achieved) {
        String review = given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().log().ifValidationFails().statusCode(200).extract().path("nextReview.id");
        String outcomes = String.join(", ", achieved.stream()
                .map(g -> "{\"goalId\": \"%s\", \"outcome\": \"ACHIEVED\", \"note\": \"Done\"}".formatted(g)).toList());
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"heldOn": "%s", "attendees": ["sotteacher", "Pat"], "decision": "%s", "childAndFamilyViews": "Pat says it helps",
                 "goalOutcomes": [%s]}""".formatted(heldOn, decision, outcomes))
                .post("/api/plans/{id}/reviews/{r}/outcome", plan, review).then().log().ifValidationFails().statusCode(200);
    }

    static void close(String plan, String reason, LocalDate agreedOn, List<String> achieved) {
        String outcomes = String.join(", ", achieved.stream()
                .map(g -> "{\"goalId\": \"%s\", \"outcome\": \"ACHIEVED\", \"note\": \"Done\"}".formatted(g)).toList());
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body("""
                {"reason": "%s", "agreedOn": "%s", "summary": "Things are better", "goalOutcomes": [%s]}"""
                .formatted(reason, agreedOn, outcomes)).post("/api/plans/{id}/closure", plan).then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    static void awaitClosed(String plan, String reason) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).get("/api/plans/{id}", plan).then().log().ifValidationFails().statusCode(200)
                        .body("status", equalTo("CLOSED")).body("closure.reason", equalTo(reason)));
    }

    static String awaitDraftReferral(String plan) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(teacher).queryParam("planId", plan).queryParam("status", "DRAFT").get("/api/referrals")
                        .then().log().ifValidationFails().statusCode(200).body("total", equalTo(1)));
        return given().auth().oauth2(teacher).queryParam("planId", plan).get("/api/referrals").then().extract().path("items[0].id");
    }

    /** Proposed by the social worker once referral-service knows CSC sees the family; the school to lead, a goal carried over. */
    static String proposeStepDown(Family family, LocalDate acceptedOn) {
        String body = """
                {"familyId": "%s", "childMemberIds": ["%s"], "cscCaseReference": "CSC-SOT-0001", "proposedOn": "%s",
                 "socialWorker": {"userId": "sotsw", "name": "Sian Social"},
                 "reason": "Child in need plan ending; the family wants support to continue", "familyConsented": true,
                 "proposedLeadProfessional": {"userId": "sotteacher", "name": "Sol Teacher", "agency": "school", "role": "DSL"},
                 "warmHandoverOn": "%s",
                 "goalsCarriedOver": [{"needIndicator": "FINANCIAL_HARDSHIP", "description": "Rent paid on time", "measure": "No arrears",
                                       "targetDate": "%s"}]}""".formatted(family.id(), family.children().get(0), acceptedOn.minusDays(10),
                acceptedOn.minusDays(3), acceptedOn.plusDays(120));
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = given().auth().oauth2(sw).contentType(ContentType.JSON).body(body).post("/api/step-downs").then().extract();
            if (answer.statusCode() == 404) {
                return false;
            }
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
            id.set(answer.path("id"));
            return true;
        });
        return id.get();
    }
}
