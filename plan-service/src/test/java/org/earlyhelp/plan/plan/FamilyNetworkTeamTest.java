package org.earlyhelp.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The family's network in the team around the family (issue 18): {@code PUT /api/plans/{id}/team} takes members without a
 * userId (name, relationship, contact preference); they may own actions; only members with a userId see the plan.
 */
@QuarkusTest
class FamilyNetworkTeamTest {

    static final String TEAM = """
            {"members": [
              {"userId": "hal", "name": "Hal Housing", "agency": "housing", "role": "Housing officer"},
              {"name": "Grace Gran", "relationship": "grandparent", "contactPreference": "Text after 6pm"}]}""";

    String openPlan() {
        UUID familyId = ManualPlanTest.familyKnownToSchoolAndHealth();
        return given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(ManualPlanTest.body(familyId, ManualPlanTest.opened(71)))
                .post("/api/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("PUT /team with a practitioner and a network member (no userId): 200; the plan shows the network member with relationship and contact preference")
    void theTeamTakesTheFamilysNetwork() {
        String plan = openPlan();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(TEAM).put("/api/plans/{id}/team", plan).then()
                .statusCode(200).body("team", hasSize(2));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().statusCode(200)
                .body("team[0].userId", equalTo("hal")).body("team[0].agency", equalTo("housing"))
                .body("team[1].userId", nullValue()).body("team[1].name", equalTo("Grace Gran"))
                .body("team[1].relationship", equalTo("grandparent")).body("team[1].contactPreference", equalTo("Text after 6pm"));
    }

    @Test
    @DisplayName("a member with neither userId nor relationship is 422 network-member-has-a-relationship naming the member; a practitioner without agency 422; the team unchanged")
    void aNetworkMemberWithoutARelationshipIsRefused() {
        String plan = openPlan();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(TEAM).put("/api/plans/{id}/team", plan).then().statusCode(200);
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"agency\": \"housing\", \"role\": \"Housing officer\"}, {\"name\": \"Frank Friend\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("network-member-has-a-relationship")).body("field", equalTo("members[1].relationship"))
                .body("member", equalTo(1));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"userId\": \"hal\", \"name\": \"Hal Housing\", \"role\": \"Housing officer\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(422).body("rule", equalTo("practitioner-has-agency-and-role"))
                .body("field", equalTo("members[0].agency"));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"members\": [{\"name\": \"Grace Gran\", \"relationship\": \"" + "g".repeat(101) + "\", \"contactPreference\": \""
                        + "c".repeat(201) + "\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("relationship")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("contactPreference")));
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body("{\"members\": [{\"userId\": \" \", \"name\": \"Hal\"}]}")
                .put("/api/plans/{id}/team", plan).then().statusCode(400);
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().body("team", hasSize(2))
                .body("team[1].relationship", equalTo("grandparent"));
    }

    @Test
    @DisplayName("only members with a userId see the plan: the practitioner reads it, others still 404, and the list answers everyone without error")
    void onlyMembersWithAUserIdSeeThePlan() {
        String plan = openPlan();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(TEAM).put("/api/plans/{id}/team", plan).then().statusCode(200);
        String hal = TestTokens.token("hal", TestTokens.DEFAULT_AREA, "housing", "practitioner");
        given().auth().oauth2(hal).get("/api/plans/{id}", plan).then().statusCode(200);
        given().auth().oauth2(TestTokens.stranger()).get("/api/plans/{id}", plan).then().statusCode(404);
        given().auth().oauth2(TestTokens.stranger()).get("/api/plans").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(plan)));
        given().auth().oauth2(hal).get("/api/plans").then().statusCode(200).body("items.id", hasItem(plan));
    }

    @Test
    @DisplayName("an action may be owned by a network member of the team, named without an agency: 201; an unknown name without an agency is 422 action-owner-in-the-team")
    void aNetworkMemberOwnsAnAction() {
        String plan = openPlan();
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON).body(TEAM).put("/api/plans/{id}/team", plan).then().statusCode(200);
        String goal = given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().extract().path("goals[0].id");
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"description\": \"Bedtime story on Tuesdays\", \"owner\": {\"name\": \"Grace Gran\"}, \"dueDate\": \"" + ManualPlanTest.opened(39) + "\"}")
                .post("/api/plans/{id}/goals/{g}/actions", plan, goal).then().statusCode(201)
                .body("owner.name", equalTo("Grace Gran")).body("owner.agency", nullValue());
        given().auth().oauth2(TestTokens.teacher()).contentType(ContentType.JSON)
                .body("{\"description\": \"Lifts to school\", \"owner\": {\"name\": \"Frank Friend\"}, \"dueDate\": \"" + ManualPlanTest.opened(39) + "\"}")
                .post("/api/plans/{id}/goals/{g}/actions", plan, goal).then().statusCode(422).body("rule", equalTo("action-owner-in-the-team"));
        given().auth().oauth2(TestTokens.teacher()).get("/api/plans/{id}", plan).then().body("goals[0].actions", hasSize(1));
    }
}
