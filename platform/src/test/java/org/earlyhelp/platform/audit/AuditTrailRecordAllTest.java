package org.earlyhelp.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@link AuditTrail#recordAll}'s statement against a real PostgreSQL holding the platform's audit table (its own migrations):
 * one statement writes one entry per record shown, each with its own family and resource, as {@code record} would.
 */
class AuditTrailRecordAllTest {

    static EmbeddedPostgres postgres;
    static Connection connection;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.start();
        connection = postgres.getPostgresDatabase().getConnection();
        for (String migration : List.of("V1__platform_outbox_inbox_audit.sql", "V1_3__platform_audit_outcome_outbox_parking.sql")) {
            try (InputStream sql = AuditTrail.class.getResourceAsStream("/db/platform/" + migration); var statement = connection.createStatement()) {
                statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @AfterAll
    static void stop() throws IOException, SQLException {
        connection.close();
        postgres.close();
    }

    /** Runs {@link AuditTrail#INSERT_ALL} as the trail does, its named parameters bound in order. */
    static int insertAll(String user, String agency, String area, String action, Instant at, List<AuditTrail.Read> reads) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher named = Pattern.compile(":(\\w+)").matcher(AuditTrail.INSERT_ALL);
        StringBuilder jdbc = new StringBuilder();
        while (named.find()) {
            names.add(named.group(1));
            named.appendReplacement(jdbc, "?");
        }
        named.appendTail(jdbc);
        try (PreparedStatement insert = connection.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < names.size(); i++) {
                Object value = switch (names.get(i)) {
                    case "at" -> Timestamp.from(at);
                    case "user" -> user;
                    case "agency" -> agency;
                    case "area" -> area;
                    case "action" -> action;
                    case "reads" -> AuditTrail.asJson(reads);
                    default -> throw new IllegalStateException("unknown parameter " + names.get(i));
                };
                insert.setObject(i + 1, value);
            }
            return insert.executeUpdate();
        }
    }

    record Row(String userId, String agency, String area, String action, UUID familyId, String resourceRef, String outcome, Instant at) {
    }

    static List<Row> entriesOf(String action) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select user_id, agency, area, action, family_id, resource_ref, outcome, at, id from audit_entry where action = ?")) {
            select.setString(1, action);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    assertThat(found.getObject("id", UUID.class)).isNotNull();
                    rows.add(new Row(found.getString(1), found.getString(2), found.getString(3), found.getString(4),
                            found.getObject(5, UUID.class), found.getString(6), found.getString(7), found.getTimestamp(8).toInstant()));
                }
            }
        }
        return rows;
    }

    @Test
    @DisplayName("a list of reads becomes one ALLOWED entry per record, each with its family and resource, in one statement")
    void oneEntryPerRecordInOneStatement() throws SQLException {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        Instant at = Instant.parse("2027-03-01T10:15:30Z");
        String action = "plan.list." + UUID.randomUUID();

        int written = insertAll("teacher", "school", "isle-of-wight", action, at, List.of(new AuditTrail.Read(one, "plan/a"),
                new AuditTrail.Read(two, "plan/b"), new AuditTrail.Read(one, "plan/c")));

        assertThat(written).isEqualTo(3);
        assertThat(entriesOf(action)).extracting(Row::userId, Row::agency, Row::area, Row::familyId, Row::resourceRef, Row::outcome, Row::at)
                .containsExactlyInAnyOrder(tuple("teacher", "school", "isle-of-wight", one, "plan/a", AuditEntry.ALLOWED, at),
                        tuple("teacher", "school", "isle-of-wight", two, "plan/b", AuditEntry.ALLOWED, at),
                        tuple("teacher", "school", "isle-of-wight", one, "plan/c", AuditEntry.ALLOWED, at));
    }

    @Test
    @DisplayName("a resource with quotes, commas or braces and a record of no family are written as given; no agency is null")
    void anyResourceTextAndNoFamily() throws SQLException {
        String action = "notification.read." + UUID.randomUUID();
        String awkward = "note/\"quoted\", {braced} \\ back";

        insertAll("worker", null, "isle-of-wight", action, Instant.parse("2027-03-01T10:15:30Z"),
                List.of(new AuditTrail.Read(null, awkward)));

        assertThat(entriesOf(action)).singleElement().satisfies(row -> {
            assertThat(row.resourceRef()).isEqualTo(awkward);
            assertThat(row.familyId()).isNull();
            assertThat(row.agency()).isNull();
        });
    }

    @Test
    @DisplayName("an empty list writes nothing")
    void emptyListWritesNothing() throws SQLException {
        String action = "family.search." + UUID.randomUUID();
        assertThat(insertAll("worker", "school", "isle-of-wight", action, Instant.parse("2027-03-01T10:15:30Z"), List.of())).isZero();
        assertThat(entriesOf(action)).isEmpty();
    }

    @Test
    @DisplayName("the records travel as a JSON array in the order given")
    void recordsAsJson() {
        UUID family = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        assertThat(AuditTrail.asJson(List.of(new AuditTrail.Read(family, "plan/1"), new AuditTrail.Read(null, "x\"y"))))
                .isEqualTo("[{\"family\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"ref\":\"plan/1\"},{\"family\":null,\"ref\":\"x\\\"y\"}]");
    }
}
