package org.earlyhelp.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.localstack.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** POST /api/reports/rebuild clears the read model and its inbox rows and replays the topics: the figures come back the same. */
@QuarkusTest
class RebuildTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("a rebuilt read model gives the same figures, after the tables were really cleared and every event applied again")
    void rebuildGivesTheSameFigures() throws Exception {
        Caseload caseload = new Caseload().publish();
        String team = TestTokens.token("ehteam-rebuild", caseload.area, "early-help", "early-help-team");
        // the whole caseload applied: its last family's closure and its duplicate-free figures
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(partnership(team, caseload)).isEqualTo(JSON.readTree(caseload.expectedPartnership()));
            assertThat(supportingFamilies(team, caseload)).isEqualTo(JSON.readTree(caseload.expectedSupportingFamilies()));
        });
        JsonNode partnershipBefore = partnership(team, caseload);
        JsonNode supportingFamiliesBefore = supportingFamilies(team, caseload);
        long applied = count("select count(*) from inbox where consumer = 'reporting'");
        assertThat(applied).isGreaterThan(30);
        // a row no event wrote: a rebuild that did not clear the tables would keep it
        UUID sentinel = UUID.randomUUID();
        update("insert into episode (plan_id, area, family_id, origin, opened_on) values ('" + sentinel + "', '" + caseload.area
                + "', '" + UUID.randomUUID() + "', 'MANUAL', '" + caseload.day(1) + "')");
        assertThat(partnership(team, caseload).get("episodesStarted").get("total").asInt()).isEqualTo(7);

        String admin = TestTokens.token("ops-admin", caseload.area, "ops", "admin");
        given().auth().oauth2(admin).post("/api/reports/rebuild").then().statusCode(202).body("startedAt", notNullValue())
                .body("partitions.'plan-events'", org.hamcrest.Matchers.equalTo(6));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(count("select count(*) from episode where plan_id = '" + sentinel + "'")).isZero();
            // the inbox rows went with the tables: as many events as before (or more) were applied again
            assertThat(count("select count(*) from inbox where consumer = 'reporting'")).isGreaterThanOrEqualTo(applied);
            assertThat(partnership(team, caseload)).isEqualTo(partnershipBefore);
            assertThat(supportingFamilies(team, caseload)).isEqualTo(supportingFamiliesBefore);
        });
    }

    static JsonNode partnership(String token, Caseload caseload) throws Exception {
        return JSON.readTree(given().auth().oauth2(token).get("/api/reports/partnership" + caseload.query()).then().statusCode(200)
                .extract().asString());
    }

    static JsonNode supportingFamilies(String token, Caseload caseload) throws Exception {
        return JSON.readTree(given().auth().oauth2(token).get("/api/reports/supporting-families" + caseload.query()).then()
                .statusCode(200).extract().asString());
    }

    long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void update(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
