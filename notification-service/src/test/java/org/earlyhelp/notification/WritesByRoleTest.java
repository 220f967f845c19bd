package org.earlyhelp.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.localstack.ServiceTestStack;
import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.localstack.TopicWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every notification-service write against every kind of caller, each case on records of its own: a notification
 * belongs to its recipient (anyone else 404), a webhook subscription to the partner that made it (another partner 404),
 * and roles that do not use an endpoint get 403. None of these writes names a family: scoping by the family is
 * WebhookDeliveryTest's (which events reach a partner).
 */
@QuarkusTest
class WritesByRoleTest {

    enum Who {
        RECIPIENT, OTHER_PRACTITIONER, EARLY_HELP_TEAM, SOCIAL_WORKER, MANAGER, OWNING_PARTNER, OTHER_PARTNER, AUDITOR, ADMIN, NO_TOKEN;

        String token() {
            String area = TestTokens.DEFAULT_AREA;
            return switch (this) {
                case RECIPIENT -> TestTokens.teacher();
                case OTHER_PRACTITIONER -> TestTokens.healthVisitor();
                case EARLY_HELP_TEAM -> TestTokens.earlyHelpTeam();
                case SOCIAL_WORKER -> TestTokens.socialWorker();
                case MANAGER -> TestTokens.token("manager", area, "early-help", "manager");
                case OWNING_PARTNER -> TestTokens.partnerSystem();
                case OTHER_PARTNER -> TestTokens.token("service-account-housing", area, "housing", "partner-system");
                case AUDITOR -> TestTokens.auditor();
                case ADMIN -> TestTokens.token("admin", area, "council", "admin");
                case NO_TOKEN -> null;
            };
        }
    }

    record Endpoint(String method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/notifications/{notification}/read", null),
            new Endpoint("PUT", "/api/notification-preferences/me", "{\"email\": \"me@example.org\", \"emailEnabled\": false}"),
            new Endpoint("POST", "/api/webhook-subscriptions", "{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"earlyhelp.plan.plan-opened.v1\"]}"),
            new Endpoint("POST", "/api/webhook-subscriptions/{subscription}/enable", null),
            new Endpoint("POST", "/api/webhook-subscriptions/{subscription}/secret-rotations", "{\"overlapHours\": 24}"),
            new Endpoint("DELETE", "/api/webhook-subscriptions/{subscription}", null));

    static final List<Who> INBOX_ROLES = List.of(Who.RECIPIENT, Who.OTHER_PRACTITIONER, Who.EARLY_HELP_TEAM, Who.SOCIAL_WORKER, Who.MANAGER);

    static int expected(Endpoint endpoint, Who who) {
        if (who == Who.NO_TOKEN) {
            return 401;
        }
        Map<Who, Integer> answers = new EnumMap<>(Who.class);
        switch (endpoint.toString()) {
            case "POST /api/notifications/{notification}/read" -> {
                INBOX_ROLES.forEach(w -> answers.put(w, 404)); // only its recipient sees it
                answers.put(Who.RECIPIENT, 200);
            }
            case "PUT /api/notification-preferences/me" -> INBOX_ROLES.forEach(w -> answers.put(w, 200));
            case "POST /api/webhook-subscriptions" -> {
                answers.put(Who.OWNING_PARTNER, 201);
                answers.put(Who.OTHER_PARTNER, 201);
            }
            case "POST /api/webhook-subscriptions/{subscription}/enable" -> {
                answers.put(Who.OWNING_PARTNER, 200);
                answers.put(Who.OTHER_PARTNER, 404);
            }
            case "POST /api/webhook-subscriptions/{subscription}/secret-rotations" -> {
                answers.put(Who.OWNING_PARTNER, 200);
                answers.put(Who.OTHER_PARTNER, 404);
            }
            case "DELETE /api/webhook-subscriptions/{subscription}" -> {
                answers.put(Who.OWNING_PARTNER, 204);
                answers.put(Who.OTHER_PARTNER, 404);
            }
            default -> throw new IllegalArgumentException(endpoint.toString());
        }
        return answers.getOrDefault(who, 403);
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

    @Inject
    ObjectMapper json;

    /** A notification of the teacher's own: a plan opened with the teacher as lead professional. */
    String teachersNotification() throws Exception {
        UUID familyId = UUID.randomUUID();
        PlanOpenedV1 event = new PlanOpenedV1(familyId, TestTokens.DEFAULT_AREA, UUID.randomUUID(), "MANUAL", null,
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2027, 3, 22), false);
        try (TopicWriter writer = new TopicWriter(ServiceTestStack.kafka().bootstrapServers())) {
            writer.send("earlyhelp.plan.events", familyId.toString(), UUID.randomUUID().toString(), "earlyhelp.plan.plan-opened.v1",
                    json.writeValueAsString(event));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId)
                .get("/api/notifications").then().body("items.familyId", hasItem(familyId.toString())));
        return given().auth().oauth2(TestTokens.teacher()).queryParam("familyId", familyId).get("/api/notifications").then()
                .extract().path("items[0].id");
    }

    String partnersSubscription() {
        return given().auth().oauth2(TestTokens.partnerSystem()).contentType(ContentType.JSON).body(ENDPOINTS.get(2).body())
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }

    /** Each case's subscriptions are removed after it, so no other test's events are sent to them. */
    @org.junit.jupiter.api.AfterEach
    void removeSubscriptions() {
        for (Who partner : List.of(Who.OWNING_PARTNER, Who.OTHER_PARTNER)) {
            List<String> ids = given().auth().oauth2(partner.token()).get("/api/webhook-subscriptions").then().statusCode(200)
                    .extract().path("items.id");
            ids.forEach(id -> given().auth().oauth2(partner.token()).delete("/api/webhook-subscriptions/{id}", id).then().statusCode(204));
        }
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cases")
    void eachWriteAnswersEachCallerByTheRules(Endpoint endpoint, Who who, int expectedStatus) throws Exception {
        String path = endpoint.path();
        if (path.contains("{notification}")) {
            path = path.replace("{notification}", teachersNotification());
        }
        if (path.contains("{subscription}")) {
            path = path.replace("{subscription}", partnersSubscription());
        }
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (who.token() != null) {
            request = request.auth().oauth2(who.token());
        }
        if (endpoint.body() != null) {
            request = request.body(endpoint.body());
        }
        request.request(endpoint.method(), path).then().statusCode(expectedStatus);
    }
}
