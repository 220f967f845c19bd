package org.earlyhelp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads N families straight into the services' own schemas (set-based SQL, {@code generate_series}),
 * so 1 000 000 families take minutes, not the days the API would. Each family gets a child and a
 * parent, a consent, an assessment, an active plan with a goal and its initial review, and two
 * notifications for its lead professional. Every 1 000th family is led by the demo user
 * {@code teacher} (registered, assessed and planned by them), with a draft assessment the mixed
 * scenario can edit; the rest by 997 synthetic practitioners. Ids are derived from the family's
 * number ({@code md5('f' || i)::uuid}), so each service's rows agree without a cross-database join.
 * <p>
 * Writes {@code target/seed/teacher-families.csv} (or {@code -Dbench.feeder}) (familyId, planId, assessmentId) for the
 * scenarios' feeders. Usage: {@code Seed N [jdbc-base-url]}, e.g. {@code Seed 100000 jdbc:postgresql://localhost:15432/}.
 */
public final class Seed {

    static final String AREA = "isle-of-wight";
    /** Family i's lead professional: the demo teacher for every 1 000th family, else one of 997 synthetic practitioners. */
    static final String LEAD = "(case when i % 1000 = 0 then 'teacher' else 'seed-practitioner-' || (i % 997) end)";

    public static void main(String[] args) throws Exception {
        int families = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        String base = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/";
        long started = System.nanoTime();
        int offset = offset(base);
        int chunk = 50_000;
        for (int from = offset + 1; from <= offset + families; from += chunk) {
            int to = Math.min(from + chunk - 1, offset + families);
            run(base + "assessment", assessment(from, to));
            run(base + "plan", plan(from, to));
            run(base + "notification", notification(from, to));
            System.out.printf("seeded families %d..%d (%.0f s)%n", from, to, (System.nanoTime() - started) / 1e9);
        }
        for (String db : List.of("assessment", "plan", "notification")) {
            run(base + db, List.of("vacuum analyze")); // as autovacuum leaves a running system: statistics and the visibility map
        }
        writeFeeder(base, offset, families);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("SEED families=%d seconds=%.1f rate=%.0f/s%n", families, seconds, families / seconds);
    }

    /** A second seed adds to the first: numbering continues after the families already seeded. */
    private static int offset(String base) throws SQLException {
        try (Connection c = DriverManager.getConnection(base + "assessment", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from family where family_name like 'Seed%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static List<String> assessment(int from, int to) {
        String series = " from generate_series(" + from + ", " + to + ") as i";
        List<String> sql = new ArrayList<>();
        sql.add("insert into family (id, version, area, family_name, postcode, registered_by, registered_by_agency, registered_at)"
                + " select md5('f' || i)::uuid, 0, '" + AREA + "', 'Seed' || i, 'PO30 1UD', " + LEAD + ", 'school',"
                + " now() - (i % 365) * interval '1 day'" + series);
        sql.add("insert into family_member (id, family_id, position, given_name, family_name, date_of_birth, role)"
                + " select md5('c' || i)::uuid, md5('f' || i)::uuid, 0, 'Child', 'Seed' || i, date '2012-01-01' + (i % 4000), 'CHILD'"
                + series);
        sql.add("insert into family_member (id, family_id, position, given_name, family_name, date_of_birth, role)"
                + " select md5('p' || i)::uuid, md5('f' || i)::uuid, 1, 'Parent', 'Seed' || i, date '1980-01-01' + (i % 6000), 'PARENT'"
                + series);
        sql.add("insert into consent (id, version, area, family_id, given_by_member_id, method, given_on, recorded_by, recorded_at)"
                + " select md5('k' || i)::uuid, 0, '" + AREA + "', md5('f' || i)::uuid, md5('p' || i)::uuid, 'WRITTEN',"
                + " date '2026-09-01', " + LEAD + ", now()" + series);
        sql.add("insert into consent_member (consent_id, member_id) select md5('k' || i)::uuid, md5('c' || i)::uuid" + series);
        sql.add("insert into consent_purpose (consent_id, purpose) select md5('k' || i)::uuid, p" + series
                + " cross join (values ('ASSESSMENT'), ('INFORMATION_SHARING')) as v(p)");
        sql.add("insert into consent_agency (consent_id, agency) select md5('k' || i)::uuid, 'housing'" + series);
        sql.add("insert into assessment (id, version, area, family_id, child_member_ids, lp_user_id, lp_name, lp_agency, lp_role,"
                + " reason_for_assessment, status, content, created_by, created_at, completed_on, completed_by)"
                + " select md5('a' || i)::uuid, 0, '" + AREA + "', md5('f' || i)::uuid, jsonb_build_array(md5('c' || i)::uuid), "
                + LEAD + ", 'Seeded Practitioner', 'school', 'DSL', 'Seeded', case when i % 1000 = 0 then 'DRAFT' else 'COMPLETED' end,"
                + " '{}'::jsonb, " + LEAD + ", now(), case when i % 1000 = 0 then null else date '2026-10-01' end,"
                + " case when i % 1000 = 0 then null else " + LEAD + " end" + series);
        return sql;
    }

    static List<String> plan(int from, int to) {
        String series = " from generate_series(" + from + ", " + to + ") as i";
        List<String> sql = new ArrayList<>();
        sql.add("insert into family_plan (id, version, area, family_id, status, origin, origin_ref, lp_user_id, lp_name, lp_agency,"
                + " lp_role, opened_on, opened_by)"
                + " select md5('pl' || i)::uuid, 0, '" + AREA + "', md5('f' || i)::uuid, 'ACTIVE',"
                + " case when i % 1000 = 0 then 'MANUAL' else 'ASSESSMENT' end,"
                + " case when i % 1000 = 0 then null else md5('a' || i)::uuid end, " + LEAD + ", 'Seeded Practitioner', 'school', 'DSL',"
                + " date '2026-10-01' + (i % 60), " + LEAD + series);
        sql.add("insert into plan_origin (plan_id, origin, origin_ref, joined_on)"
                + " select md5('pl' || i)::uuid, case when i % 1000 = 0 then 'MANUAL' else 'ASSESSMENT' end,"
                + " case when i % 1000 = 0 then null else md5('a' || i)::uuid end, date '2026-10-01' + (i % 60)" + series);
        sql.add("insert into goal (id, plan_id, position, need_indicator, description, measure, target_date, draft)"
                + " select md5('g' || i)::uuid, md5('pl' || i)::uuid, 0, 'PERSISTENT_ABSENCE', 'Seeded goal', '95% attendance',"
                + " date '2027-06-01', false" + series);
        sql.add("insert into review (id, plan_id, kind, due_by, status)"
                + " select md5('r' || i)::uuid, md5('pl' || i)::uuid, 'INITIAL', date '2026-10-29' + (i % 60), 'SCHEDULED'" + series);
        return sql;
    }

    static List<String> notification(int from, int to) {
        String series = " from generate_series(" + from + ", " + to + ") as i";
        return List.of("insert into notification (id, area, recipient, type, family_id, plan_id, message, created_at, event_id, version)"
                + " select md5(t || i)::uuid, '" + AREA + "', 'user:' || " + LEAD + ", t, md5('f' || i)::uuid, md5('pl' || i)::uuid,"
                + " 'Seeded notification', now() - (i % 365) * interval '1 day', md5('e' || t || i)::uuid, 0" + series
                + " cross join (values ('PLAN_OPENED'), ('REVIEW_SCHEDULED')) as v(t)");
    }

    private static void run(String url, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The demo teacher's families, for the scenarios' feeders. */
    private static void writeFeeder(String base, int offset, int families) throws IOException {
        StringBuilder csv = new StringBuilder("familyId,planId,assessmentId\n");
        try (Connection c = DriverManager.getConnection(base + "plan", "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select md5('f' || i)::uuid, md5('pl' || i)::uuid, md5('a' || i)::uuid"
                        + " from generate_series(1, " + (offset + families) + ") as i where i % 1000 = 0")) {
            while (rs.next()) {
                csv.append(rs.getString(1)).append(',').append(rs.getString(2)).append(',').append(rs.getString(3)).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Path file = Path.of(System.getProperty("bench.feeder", "target/seed/teacher-families.csv"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
    }

    private Seed() {
    }
}
