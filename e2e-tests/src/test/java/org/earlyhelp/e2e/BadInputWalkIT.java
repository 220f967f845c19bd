package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.localstack.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Bad input, walked over the whole API as the combined OpenAPI document describes it: every write operation with a JSON
 * body gets at least 30 malformed bodies (see {@link MalformedBodies}) with a token whose role the operation accepts.
 * Every answer must be a 4xx {@code application/problem+json}: no 5xx, no 2xx, and no row changed in any service's
 * database (the audit trail aside, which records refused attempts by design).
 */
class BadInputWalkIT {

    static final int BODIES_PER_OPERATION = 30;
    static final Set<String> WRITES = Set.of("post", "put", "patch");
    /** Written by design on a refused request (who tried what), or by the platform's own bookkeeping of a request. */
    static final Set<String> NOT_COMPARED = Set.of("audit_entry", "flyway_schema_history");
    /**
     * Work queues that background senders update by themselves (the outbox relay marks events sent, emails and webhook
     * deliveries are retried on their own schedule): compared by row count, so a request that queued anything is caught.
     */
    static final Set<String> COUNT_ONLY = Set.of("outbox", "email_outbox", "webhook_delivery", "webhook_attempt");

    static EarlyHelpSystem system;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        RestAssured.baseURI = system.gatewayUrl();
        for (String user : List.of("teacher", "ehteam", "sw", "manager", "admin")) {
            tokens.put(user, system.keycloak().passwordToken(user, user));
        }
        tokens.put("partner", system.keycloak().clientToken("partner-school-mis", "partner-school-mis-secret"));
    }

    record Operation(String method, String path, JsonNode schema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    @DisplayName("every write operation of the combined OpenAPI: 30+ malformed bodies each, every answer a 4xx problem+json naming the field or rule, no row changed")
    void everyWriteOperationRefusesMalformedBodies() throws Exception {
        JsonNode api = MalformedBodies.parse(given().get("/q/openapi").then().statusCode(200).extract().asString());
        MalformedBodies malformed = new MalformedBodies(api);
        List<Operation> operations = writeOperations(api);
        assertThat(operations).as("write operations with a JSON body").hasSizeGreaterThan(20);

        Map<String, String> before = quietSnapshot();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String token = tokenFor(operation, path);
            List<MalformedBodies.Body> bodies = malformed.of(operation.schema(), BODIES_PER_OPERATION);
            assertThat(bodies).as(operation + " bodies").hasSizeGreaterThanOrEqualTo(BODIES_PER_OPERATION);
            for (MalformedBodies.Body body : bodies) {
                Response answer = given().auth().oauth2(token).contentType("application/json").body(body.json())
                        .request(operation.method(), path);
                sent++;
                int status = answer.statusCode();
                String type = answer.contentType() == null ? "" : answer.contentType();
                if (status < 400 || status >= 500) {
                    wrong.add(operation + " [" + body.kind() + "] answered " + status);
                } else if (!type.startsWith("application/problem+json")) {
                    wrong.add(operation + " [" + body.kind() + "] answered " + status + " as " + type);
                } else if (status == 400 && !namesTheFieldOrRule(answer)) {
                    wrong.add(operation + " [" + body.kind() + "] answered 400 without detail or errors: " + answer.asString());
                }
            }
        }
        System.out.printf("[e2e] bad-input walk: %d operations, %d malformed bodies%n", operations.size(), sent);
        assertThat(wrong).as("answers that were not a 4xx problem").isEmpty();
        assertThat(snapshot()).as("every table of every service, after the walk").isEqualTo(before);
    }

    @Test
    @DisplayName("every string and list in every request body has a documented maximum in the combined OpenAPI (maxLength, maxItems, or a code list, id or date format)")
    void everyStringAndListOfARequestBodyIsBounded() {
        JsonNode api = MalformedBodies.parse(given().get("/q/openapi").then().statusCode(200).extract().asString());
        MalformedBodies schemas = new MalformedBodies(api);
        List<String> unbounded = new ArrayList<>();
        for (Operation operation : writeOperations(api)) {
            collectUnbounded(schemas, schemas.resolve(operation.schema()), operation + " ", unbounded, 0);
        }
        assertThat(unbounded).as("request fields without a documented maximum").isEmpty();
    }

    static void collectUnbounded(MalformedBodies schemas, JsonNode schema, String where, List<String> unbounded, int depth) {
        if (depth > 8) {
            return;
        }
        switch (MalformedBodies.type(schema)) {
            case "object" -> schema.path("properties").fields().forEachRemaining(p ->
                    collectUnbounded(schemas, schemas.resolve(p.getValue()), where + "." + p.getKey(), unbounded, depth + 1));
            case "array" -> {
                if (!schema.has("maxItems")) {
                    unbounded.add(where + " (list without maxItems)");
                }
                collectUnbounded(schemas, schemas.resolve(schema.path("items")), where + "[]", unbounded, depth + 1);
            }
            case "string" -> {
                boolean bounded = schema.has("maxLength") || schema.has("enum")
                        || Set.of("uuid", "date", "date-time").contains(schema.path("format").asText(""));
                if (!bounded) {
                    unbounded.add(where + " (text without maxLength)");
                }
            }
            default -> {
            }
        }
    }

    static boolean namesTheFieldOrRule(Response answer) {
        String detail = answer.path("detail");
        List<Object> errors = answer.path("errors");
        return (detail != null && !detail.isBlank()) || (errors != null && !errors.isEmpty());
    }

    static List<Operation> writeOperations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
            if (WRITES.contains(op.getKey()) && !schema.isMissingNode()) {
                operations.add(new Operation(op.getKey(), path.getKey(), schema));
            }
        }));
        return operations;
    }

    /** The first caller whose role the operation accepts (a well-formed but empty body gets past the role check), else the teacher. */
    static String tokenFor(Operation operation, String path) {
        for (String token : tokens.values()) {
            int status = given().auth().oauth2(token).contentType("application/json").body("{").request(operation.method(), path).statusCode();
            if (status != 401 && status != 403) {
                return token;
            }
        }
        return tokens.get("teacher");
    }

    /** A snapshot once the system is quiet: two in a row, a second apart, the same (events of earlier tests may still be landing). */
    static Map<String, String> quietSnapshot() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(snapshot());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = snapshot();
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    /** Each table of each service's database: its row count and a digest of every row. */
    static Map<String, String> snapshot() {
        PostgresServer postgres = system.postgres();
        Map<String, String> tables = new TreeMap<>();
        for (String database : EarlyHelpSystem.DOMAIN.stream().map(EarlyHelpSystem.DomainService::database).toList()) {
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
                    Statement statement = db.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String table : names) {
                    if (NOT_COMPARED.contains(table)) {
                        continue;
                    }
                    String digest = COUNT_ONLY.contains(table) ? "count(*)::text"
                            : "count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '')";
                    try (ResultSet rs = statement.executeQuery("select " + digest + " from \"" + table + "\" t")) {
                        rs.next();
                        tables.put(database + "." + table, rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read " + database, e);
            }
        }
        return tables;
    }
}
