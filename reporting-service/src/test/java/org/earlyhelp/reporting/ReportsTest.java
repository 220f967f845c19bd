package org.earlyhelp.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Both reports over a small known caseload whose events arrive out of order across topics, one of them twice. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    Caseload caseload;
    String team;
    String manager;
    String auditor;

    /** Once for the class (REST Assured knows the test port only from the first test on). */
    @BeforeEach
    void publishTheCaseload() {
        if (caseload != null) {
            return;
        }
        caseload = new Caseload().publish();
        team = TestTokens.token("ehteam-reports", caseload.area, "early-help", "early-help-team");
        manager = TestTokens.token("manager-reports", caseload.area, "early-help", "manager");
        auditor = TestTokens.token("auditor-reports", caseload.area, "early-help", "auditor");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(json(partnership(team))).isEqualTo(expectedPartnership()));
    }

    String partnership(String token) {
        return given().auth().oauth2(token).get("/api/reports/partnership" + caseload.query()).then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
    }

    String supportingFamilies(String token) {
        return given().auth().oauth2(token).get("/api/reports/supporting-families" + caseload.query()).then().statusCode(200)
                .contentType(containsString("application/json")).extract().asString();
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    JsonNode expectedPartnership() throws Exception {
        return json(caseload.expectedPartnership());
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("the partnership figures are exact, in the contract's order, breakdowns by count then key")
    void partnershipFigures() throws Exception {
        JsonNode report = json(partnership(manager));
        assertThat(report).isEqualTo(expectedPartnership());
        assertThat(names(report)).containsExactly("area", "from", "to", "assessmentsCompleted", "episodesStarted", "stepDownShare",
                "familiesOpenAt", "childrenOpenAt", "needsIdentified", "childrenByAgeBand", "closures", "leadAgencies", "timeliness",
                "stepUps", "reEpisodesWithin12Months");
        assertThat(names(report.get("needsIdentified"))).containsExactly("HOUSING", "DISABILITY", "DOMESTIC_ABUSE", "FINANCIAL_HARDSHIP",
                "NEGLECT", "OTHER", "PARENTAL_MENTAL_HEALTH", "PERSISTENT_ABSENCE", "YOUNG_CARER");
        assertThat(names(report.get("episodesStarted").get("byOrigin"))).containsExactly("ASSESSMENT", "MANUAL", "STEP_DOWN");
        assertThat(names(report.get("childrenByAgeBand"))).containsExactly("0-4", "5-10", "11-15", "16-17", "18+");
        assertThat(names(report.get("closures").get("byReason"))).containsExactly("OUTCOMES_ACHIEVED", "CONSENT_WITHDRAWN");
        assertThat(json(partnership(auditor))).isEqualTo(expectedPartnership());
    }

    @Test
    @DisplayName("Supporting Families: families worked with, outcomes achieved and the one claim whose six months are over")
    void supportingFamiliesFigures() throws Exception {
        JsonNode report = json(supportingFamilies(team));
        assertThat(report).isEqualTo(json(caseload.expectedSupportingFamilies()));
        assertThat(names(report)).containsExactly("area", "from", "to", "familiesWorkedWith", "familiesWithOutcomesAchieved",
                "eligibleClaims", "claims");
        assertThat(json(supportingFamilies(manager))).isEqualTo(report);
    }

    @Test
    @DisplayName("an auditor gets the Supporting Families counts but no list of claims, in JSON and CSV")
    void auditorGetsNoClaims() throws Exception {
        JsonNode report = json(supportingFamilies(auditor));
        assertThat(report.has("claims")).isFalse();
        assertThat(report.get("eligibleClaims").asInt()).isEqualTo(1);
        assertThat(report.get("familiesWithOutcomesAchieved").asInt()).isEqualTo(2);
        String csv = given().auth().oauth2(auditor).accept("text/csv").get("/api/reports/supporting-families" + caseload.query())
                .then().statusCode(200).extract().asString();
        assertThat(csv).doesNotContain("claim,").doesNotContain(caseload.f1.toString()).contains("eligibleClaims,,,,1\r\n");
    }

    @Test
    @DisplayName("Accept: text/csv answers the partnership figures one number a row")
    void partnershipCsv() {
        String csv = given().auth().oauth2(team).accept("text/csv").get("/api/reports/partnership" + caseload.query()).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=")).extract().asString();
        assertThat(csv).isEqualTo(String.join("\r\n",
                "figure,key,value",
                "area,," + caseload.area,
                "from,," + caseload.from,
                "to,," + caseload.to,
                "assessmentsCompleted,,6",
                "episodesStarted,total,6",
                "episodesStarted.byOrigin,ASSESSMENT,4",
                "episodesStarted.byOrigin,MANUAL,1",
                "episodesStarted.byOrigin,STEP_DOWN,1",
                "stepDownShare,,0.167",
                "familiesOpenAt,,3",
                "childrenOpenAt,,4",
                "needsIdentified,HOUSING,2",
                "needsIdentified,DISABILITY,1",
                "needsIdentified,DOMESTIC_ABUSE,1",
                "needsIdentified,FINANCIAL_HARDSHIP,1",
                "needsIdentified,NEGLECT,1",
                "needsIdentified,OTHER,1",
                "needsIdentified,PARENTAL_MENTAL_HEALTH,1",
                "needsIdentified,PERSISTENT_ABSENCE,1",
                "needsIdentified,YOUNG_CARER,1",
                "childrenByAgeBand,0-4,2",
                "childrenByAgeBand,5-10,3",
                "childrenByAgeBand,11-15,1",
                "childrenByAgeBand,16-17,1",
                "childrenByAgeBand,18+,1",
                "closures,total,4",
                "closures.byReason,OUTCOMES_ACHIEVED,3",
                "closures.byReason,CONSENT_WITHDRAWN,1",
                "leadAgencies,health,1",
                "leadAgencies,police,1",
                "leadAgencies,school,1",
                "timeliness,initialReviewsDue,2",
                "timeliness,initialReviewsOnTime,1",
                "timeliness,reviewGapsOver12Weeks,3",
                "timeliness,closureSummariesDue,2",
                "timeliness,closureSummariesOnTime,1",
                "stepUps,referrals,3",
                "stepUps,significantHarm,1",
                "stepUps.byDecision,CHILD_IN_NEED_S17,1",
                "stepUps.byDecision,NO_FURTHER_ACTION,1",
                "stepUps.byDecision,PENDING,1",
                "reEpisodesWithin12Months,,1",
                ""));
    }

    @Test
    @DisplayName("Accept: text/csv answers the Supporting Families return with one claim row per claim")
    void supportingFamiliesCsv() {
        String csv = given().auth().oauth2(team).accept("text/csv").get("/api/reports/supporting-families" + caseload.query()).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).isEqualTo(String.join("\r\n",
                "figure,familyId,closedOn,headlines,value",
                "area,,,," + caseload.area,
                "from,,,," + caseload.from,
                "to,,,," + caseload.to,
                "familiesWorkedWith,,,,2",
                "familiesWithOutcomesAchieved,,,,2",
                "eligibleClaims,,,,1",
                "claim," + caseload.f1 + "," + caseload.day(131) + ",GOOD_EDUCATION;SAFE_FROM_DOMESTIC_ABUSE;SECURE_HOUSING,",
                ""));
    }

    @Test
    @DisplayName("without from and to, the report covers the year to the platform's today")
    void periodDefaultsToTheYearToToday() {
        given().auth().oauth2(team).get("/api/reports/partnership").then().statusCode(200)
                .body("area", equalTo(caseload.area)).body("to", equalTo(caseload.today.toString()))
                .body("from", equalTo(caseload.today.minusYears(1).plusDays(1).toString()));
        given().auth().oauth2(team).get("/api/reports/supporting-families?area=" + caseload.area + "&to=" + caseload.to).then()
                .statusCode(200).body("from", equalTo(caseload.to.minusYears(1).plusDays(1).toString()));
    }

    @Test
    @DisplayName("every read is audited, and each family a claims list names")
    void readsAreAudited() throws Exception {
        supportingFamilies(team);
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select action, count(*) from audit_entry where user_id = ? and area = ? group by action order by action")) {
            statement.setString(1, "ehteam-reports");
            statement.setString(2, caseload.area);
            List<String> actions = new ArrayList<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            assertThat(actions).contains("read-partnership-report", "read-supporting-families-report", "read-supporting-families-claim");
        }
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select count(*) from audit_entry where action = 'read-supporting-families-claim' and family_id = ?")) {
            statement.setObject(1, caseload.f1);
            try (var rs = statement.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }

    @Test
    @DisplayName("no token: 401")
    void noToken() {
        given().get("/api/reports/partnership").then().statusCode(401);
        given().get("/api/reports/supporting-families").then().statusCode(401);
        given().get("/reports/partnership").then().statusCode(401);
    }

    @Test
    @DisplayName("practitioners, social workers, partner systems and admins: 403")
    void otherRoles() {
        for (String role : List.of("practitioner", "social-worker", "partner-system", "admin")) {
            String token = TestTokens.token("someone-" + role, caseload.area, "school", role);
            given().auth().oauth2(token).get("/api/reports/partnership").then().statusCode(403)
                    .contentType(containsString("application/problem+json"));
            given().auth().oauth2(token).get("/api/reports/supporting-families").then().statusCode(403);
            given().auth().oauth2(token).get("/reports/partnership").then().statusCode(403);
        }
    }

    @Test
    @DisplayName("another area: 403 own-area-only")
    void anotherArea() {
        for (String path : List.of("/api/reports/partnership", "/api/reports/supporting-families", "/reports/partnership")) {
            given().auth().oauth2(manager).get(path + "?area=isle-of-wight").then().statusCode(403)
                    .contentType(containsString("application/problem+json")).body("rule", equalTo("own-area-only"));
        }
    }

    @Test
    @DisplayName("reports are read-only: only an admin may rebuild them")
    void rebuildIsForAdmins() {
        given().auth().oauth2(manager).post("/api/reports/rebuild").then().statusCode(403);
        given().post("/api/reports/rebuild").then().statusCode(401);
    }

    @Test
    @DisplayName("from after to: 422 from-not-after-to naming from")
    void fromAfterTo() {
        for (String path : List.of("/api/reports/partnership", "/api/reports/supporting-families")) {
            given().auth().oauth2(team).get(path + "?from=2026-05-02&to=2026-05-01").then().statusCode(422)
                    .contentType(containsString("application/problem+json")).body("rule", equalTo("from-not-after-to"))
                    .body("field", equalTo("from"));
        }
    }

    @Test
    @DisplayName("a period over five years: 422 period-at-most-5-years")
    void overFiveYears() {
        given().auth().oauth2(team).get("/api/reports/partnership?from=2020-01-01&to=2025-01-01").then().statusCode(422)
                .body("rule", equalTo("period-at-most-5-years"));
        given().auth().oauth2(team).get("/api/reports/partnership?from=2020-01-02&to=2025-01-01").then().statusCode(200);
    }

    @Test
    @DisplayName("a date that is not a date: 400 naming the parameter, never 500")
    void unreadableDates() {
        given().auth().oauth2(team).get("/api/reports/partnership?from=2025-13-01").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(team).get("/api/reports/supporting-families?to=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(team).accept("text/csv").get("/api/reports/partnership?to=2025-02-30").then().statusCode(400)
                .body(not(containsString("Internal")));
        given().auth().oauth2(team).get("/reports/partnership?from=x").then().statusCode(400);
    }

    @Test
    @DisplayName("an auditor's answer has no claims key at all")
    void auditorJsonHasNoClaimsKey() {
        given().auth().oauth2(auditor).get("/api/reports/supporting-families" + caseload.query()).then().statusCode(200)
                .body("$", not(hasKey("claims")));
    }
}
