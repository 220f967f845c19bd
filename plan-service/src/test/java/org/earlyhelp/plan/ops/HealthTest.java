package org.earlyhelp.plan.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's health as every service has it (platform.health): readiness is the service's own database only, liveness
 * the process, and the broker and the consumers' channels are in the dependencies group, for dashboards. (The broker away:
 * FaultJourneysIT, journey 2.)
 */
@QuarkusTest
class HealthTest {

    @Test
    @DisplayName("readiness is the database (and Quarkus' own graceful-shutdown check): no Kafka or channel check in it, nor in liveness")
    void readinessIsTheDatabaseOnly() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("Database connections health check", "Graceful Shutdown"))
                .body("checks.status", everyItem(equalTo("UP")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", everyItem(not(org.hamcrest.Matchers.containsStringIgnoringCase("kafka"))))
                .body("checks.name", everyItem(not(org.hamcrest.Matchers.containsStringIgnoringCase("messaging"))));
    }

    @Test
    @DisplayName("the dependencies group says the broker is reachable and each consumed topic's channel connected")
    void dependenciesGroupNamesTheBrokerAndTheChannels() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/group/dependencies").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka-broker", "event-channels"))
                .body("checks.find { it.name == 'kafka-broker' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka-broker' }.data.nodes", equalTo(1))
                .body("checks.find { it.name == 'event-channels' }.data.'referral-events'", equalTo("connected"))
                .body("checks.find { it.name == 'event-channels' }.data.'assessment-events'", equalTo("connected")));
    }
}
