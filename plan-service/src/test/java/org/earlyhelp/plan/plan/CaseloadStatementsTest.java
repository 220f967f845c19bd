package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.plan.CountedStatements;
import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The caseload and plan reads cost a fixed number of SQL statements, however many plans a page shows and however many goals
 * and actions each plan has (issue 22): counted with {@link CountedStatements} on the calling thread. Each test lists plans
 * of an area of its own, so it counts exactly the plans it opened.
 */
@QuarkusTest
class CaseloadStatementsTest {

    static final int PLANS = 24;
    /**
     * The page and its count; the plans' origins, team, goals, the goals' actions and the handovers, one batch-fetch query
     * each; the next reviews (columns only); one audit insert for every plan listed.
     */
    static final int STATEMENTS_PER_PAGE = 9;

    @Inject
    PlanQueries queries;
    @Inject
    FamilyPlanRepository repository;
    @Inject
    FamilyCircle circle;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    String area;
    String lead;
    Caller caller;

    @BeforeEach
    void caseloadOfItsOwn() {
        area = "caseload-" + UUID.randomUUID();
        lead = "lead-" + UUID.randomUUID();
        caller = new Caller(lead, area, "school", Set.of(Roles.PRACTITIONER));
        String token = TestTokens.token(lead, area, "school", Roles.PRACTITIONER);
        LocalDate opened = RecordedDates.today(clock).minusDays(30);
        for (int i = 0; i < PLANS; i++) {
            UUID familyId = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> circle.addUsers(area, familyId, List.of(lead), familyId));
            Map<String, Object> plan = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                    {"familyId": "%s", "openedOn": "%s",
                     "leadProfessional": {"userId": "%s", "name": "Lee Lead", "agency": "school", "role": "DSL"},
                     "goals": [{"needIndicator": "BOUNDARIES_AND_ROUTINES", "description": "Calm bedtimes", "measure": "Asleep by 8pm", "targetDate": "%s"},
                               {"needIndicator": "HOUSING", "description": "A safe home", "measure": "Repairs done", "targetDate": "%s"}]}
                    """.formatted(familyId, opened, lead, opened.plusDays(60), opened.plusDays(90)))
                    .post("/api/plans").then().statusCode(201).extract().as(Map.class);
            String planId = (String) plan.get("id");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"members\": [{\"userId\": \"hv-" + i + "\", \"name\": \"Hana Visitor\", \"agency\": \"health\", \"role\": \"HV\"},"
                            + " {\"name\": \"Gran\", \"relationship\": \"grandmother\"}]}")
                    .put("/api/plans/{id}/team", planId).then().statusCode(200);
            for (Object goal : (List<?>) plan.get("goals")) {
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body("{\"description\": \"Bedtime chart\", \"owner\": {\"name\": \"Lee Lead\", \"agency\": \"school\"}, \"dueDate\": \""
                                + opened.plusDays(20) + "\"}")
                        .post("/api/plans/{id}/goals/{goalId}/actions", planId, ((Map<?, ?>) goal).get("id")).then().statusCode(201);
            }
        }
    }

    PlanFilter caseload() {
        return new PlanFilter(null, PlanStatus.ACTIVE, null, null, lead, RecordedDates.today(clock).plusYears(1));
    }

    @Test
    @DisplayName("a caseload page costs the same few statements for 3 plans as for 24, each plan with its goals, actions and team")
    void caseloadPageInAFixedNumberOfStatements() {
        Page<PlanView>[] pages = new Page[2];
        List<String> small = CountedStatements.during(() -> pages[0] = queries.search(caller, caseload(), PageRequest.of(0, 3)));
        List<String> large = CountedStatements.during(() -> pages[1] = queries.search(caller, caseload(), PageRequest.of(0, PLANS)));

        assertThat(pages[0].items()).hasSize(3);
        assertThat(pages[1].items()).hasSize(PLANS).allSatisfy(plan -> {
            assertThat(plan.goals()).hasSize(2).allSatisfy(goal -> assertThat(goal.actions()).hasSize(1));
            assertThat(plan.team()).hasSize(2);
            assertThat(plan.nextReview()).isNotNull();
        });
        assertThat(large).as("statements for a page of %d plans: %s", PLANS, large).hasSize(STATEMENTS_PER_PAGE);
        assertThat(small).as("statements for a page of 3 plans: %s", small).hasSize(STATEMENTS_PER_PAGE);
        assertThat(large).filteredOn(sql -> sql.startsWith("insert into audit_entry")).singleElement()
                .satisfies(insert -> assertThat(insert).as("one insert for all the plans").contains("jsonb_to_recordset"));
        assertThat(large).as("the reviews' meeting records are not loaded to show a plan").noneMatch(sql -> sql.contains("action_progress"));
    }

    @Test
    @DisplayName("every plan listed is audited plan.list, one entry each, written in one statement")
    void everyPlanListedIsAudited() {
        Page<PlanView> page = queries.search(caller, caseload(), PageRequest.of(0, PLANS));

        for (PlanView plan : page.items()) {
            assertThat(audit.ofFamily(area, plan.familyId(), PageRequest.of(0, 50)).items())
                    .filteredOn(entry -> entry.action.equals("plan.list"))
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.resourceRef).isEqualTo("plan/" + plan.id());
                        assertThat(entry.userId).isEqualTo(lead);
                        assertThat(entry.agency).isEqualTo("school");
                    });
        }
    }

    @Test
    @DisplayName("GET /api/plans shows each plan exactly as the whole aggregate shows it, and GET /api/plans/{id} too")
    void listedPlansAreThePlansAsTheAggregateShowsThem() throws Exception {
        String token = TestTokens.token(lead, area, "school", Roles.PRACTITIONER);
        JsonNode listed = json.readTree(given().auth().oauth2(token).queryParam("leadProfessional", "me").queryParam("status", "ACTIVE")
                .queryParam("size", PLANS).get("/api/plans").then().statusCode(200).extract().asString());

        assertThat(listed.get("items")).hasSize(PLANS);
        for (JsonNode item : listed.get("items")) {
            UUID id = UUID.fromString(item.get("id").asText());
            String whole = QuarkusTransaction.requiringNew().call(() -> json.writeValueAsString(PlanView.of(repository.findById(id), clock)));
            assertThat(json.writeValueAsString(item)).isEqualTo(whole);
            assertThat(given().auth().oauth2(token).get("/api/plans/{id}", id).then().statusCode(200).extract().asString()).isEqualTo(whole);
        }
    }

    @Test
    @DisplayName("GET /api/plans/{id} costs a fixed number of statements and loads no reviews")
    void planReadInAFixedNumberOfStatements() {
        UUID id = queries.search(caller, caseload(), PageRequest.of(0, 1)).items().get(0).id();

        List<String> read = CountedStatements.during(() -> queries.get(id, caller));

        // the plan, its team (who sees it), origins, goals, actions, handovers, the next review, the audit entry
        assertThat(read).as("statements for one plan: %s", read).hasSize(8);
        assertThat(read).as("the reviews' meeting records are not loaded to show a plan").noneMatch(sql -> sql.contains("action_progress"));
    }
}
