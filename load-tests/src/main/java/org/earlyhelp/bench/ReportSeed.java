package org.earlyhelp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads N families' episodes straight into reporting-service's read model (set-based SQL, {@code generate_series}), as the
 * events of two years of early help would leave it, for the reports benchmark ({@code load-tests/reports-bench.sh}). The
 * events' path into these tables is what reporting-service's own tests and the reports journey check; here the question
 * is only how fast the figures are read at a large area's size.
 * <p>
 * Family i, in the area {@code isle-of-wight} (so the demo {@code manager} reads it): an episode opened {@code i % 730} days
 * before {@code today}, two in three from an assessment and one in three from a step-down; one to three children of ages
 * 0..18; two to four needs of eight; an initial review due 28 days in and held 18..37 days in, a second review 60..99 days
 * later; half closed (five reasons, a quarter with every goal achieved); one in ten a change of lead; one in fifteen a
 * step-up (a third of them significant harm, four decisions); one in twenty back for a second episode 100 days after the
 * first closed. Ids are {@code md5(prefix || '-' || i)::uuid}, numbered after the families a previous seed left.
 * Usage: {@code ReportSeed N [jdbc-url] [today]}, e.g. {@code ReportSeed 100000 jdbc:postgresql://localhost:15432/reporting}.
 */
public final class ReportSeed {

    static final String AREA = "isle-of-wight";

    public static void main(String[] args) throws Exception {
        int families = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/reporting";
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            int offset = offset(c);
            int chunk = 50_000;
            for (int from = offset + 1; from <= offset + families; from += chunk) {
                int to = Math.min(from + chunk - 1, offset + families);
                c.setAutoCommit(false); // a chunk goes in whole or not at all
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(from, to, today)) {
                        s.execute(sql);
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                System.out.printf("seeded families %d..%d (%.0f s)%n", from, to, (System.nanoTime() - started) / 1e9);
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("SEED families=%d seconds=%.1f rate=%.0f/s%n", families, seconds, families / seconds);
    }

    private static int offset(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from origin where level_of_need = 'SEED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static List<String> statements(int from, int to, LocalDate today) {
        String series = " from generate_series(" + from + ", " + to + ") as i";
        String day = "date '" + today + "'";
        String opened = "(" + day + " - (i % 730))";
        String closed = "(" + opened + " + 40 + (i % 200))";
        String isClosed = "(i % 2 = 0 and " + closed + " <= " + day + ")";
        String origin = "(case when i % 3 = 0 then 'STEP_DOWN' else 'ASSESSMENT' end)";
        String reason = "(case i % 5 when 0 then 'OUTCOMES_ACHIEVED' when 1 then 'OUTCOMES_ACHIEVED' when 2 then 'NEEDS_MET_BY_UNIVERSAL_SERVICES'"
                + " when 3 then 'MOVED_AWAY' else 'STEPPED_UP_TO_CSC' end)";
        String agency = "(array['school','health','police','early-years','housing','gp'])[1 + i % 6]";
        List<String> sql = new ArrayList<>();
        // the origins (assessment or step-down), marked level SEED so that a second seed numbers after them
        sql.add("insert into origin (origin_ref, area, family_id, kind, on_date, level_of_need)"
                + " select md5('ro-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, " + origin + ", " + opened + ", 'SEED'" + series);
        sql.add("insert into origin_child (origin_ref, member_id, area, named, age)"
                + " select md5('ro-' || i)::uuid, md5('rc-' || i || '-' || k)::uuid, '" + AREA + "', true, (i * 7 + k * 5) % 19" + series
                + " cross join generate_series(1, 3) as k where k <= 1 + i % 3");
        sql.add("insert into origin_need (origin_ref, indicator, area)"
                + " select md5('ro-' || i)::uuid, (array['PERSISTENT_ABSENCE','DOMESTIC_ABUSE','PARENTAL_MENTAL_HEALTH','HOUSING',"
                + "'FINANCIAL_HARDSHIP','NEGLECT','EARLY_YEARS_DEVELOPMENT','PARENTAL_CONFLICT'])[1 + (i + k * 3) % 8], '" + AREA + "'"
                + series + " cross join generate_series(1, 4) as k where k <= 2 + i % 3");
        // the episodes, half closed
        sql.add("insert into episode (plan_id, area, family_id, origin, origin_ref, opened_on, lead_agency, closed_on, closure_reason,"
                + " goals, goals_achieved, outcomes_achieved)"
                + " select md5('re-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, " + origin + ", md5('ro-' || i)::uuid, " + opened
                + ", " + agency + ", case when " + isClosed + " then " + closed + " end, case when " + isClosed + " then " + reason + " end,"
                + " 2, case when i % 4 = 0 then 2 else 1 end, " + isClosed + " and i % 5 in (0, 1) and i % 4 = 0" + series);
        sql.add("insert into plan_origin (plan_id, origin_ref, area, origin, joined, on_date)"
                + " select md5('re-' || i)::uuid, md5('ro-' || i)::uuid, '" + AREA + "', " + origin + ", false, " + opened + series);
        // reviews: the initial one (due 28 days in, held 18..37 days in), a second one 60..99 days after it (a gap over 12 weeks
        // for 15 in 40)
        String firstHeld = "(" + opened + " + 18 + (i % 20))";
        String secondHeld = "(" + firstHeld + " + 60 + (i % 40))";
        sql.add("insert into review (review_id, area, family_id, plan_id, kind, first_due_by, held_on, decision, closure_due_by)"
                + " select md5('rr1-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, md5('re-' || i)::uuid, 'INITIAL', " + opened + " + 28,"
                + " case when " + firstHeld + " <= " + day + " then " + firstHeld + " end, 'CONTINUE', null" + series);
        sql.add("insert into review (review_id, area, family_id, plan_id, kind, first_due_by, held_on, decision, closure_due_by,"
                + " previous_held_on)"
                + " select md5('rr2-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, md5('re-' || i)::uuid, 'REGULAR', " + opened + " + 70,"
                + " " + secondHeld + ", case when " + isClosed + " then 'CLOSE' else 'CONTINUE' end,"
                + " case when " + isClosed + " then " + secondHeld + " + 2 end, " + firstHeld + series
                + " where " + secondHeld + " <= " + day);
        // one in ten: a new lead professional 30 days in
        sql.add("insert into lead_change (event_id, area, plan_id, agency, effective_on)"
                + " select md5('rl-' || i)::uuid, '" + AREA + "', md5('re-' || i)::uuid, 'health', " + opened + " + 30" + series
                + " where i % 10 = 0");
        // one in fifteen: a step-up 50 days in
        sql.add("insert into step_up (referral_id, area, family_id, referred_on, urgent, decision)"
                + " select md5('rs-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, " + opened + " + 50, i % 45 = 0,"
                + " (array['NO_FURTHER_ACTION','CHILD_IN_NEED_S17','CHILD_PROTECTION_S47', null])[1 + (i / 15) % 4]" + series
                + " where i % 15 = 0 and " + opened + " + 50 <= " + day);
        // one in twenty, once closed: back 100 days later for a second episode
        String second = "(" + closed + " + 100)";
        sql.add("insert into origin (origin_ref, area, family_id, kind, on_date, level_of_need)"
                + " select md5('ro2-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, 'ASSESSMENT', " + second + ", 'SEED2'" + series
                + " where i % 20 = 0 and " + isClosed + " and " + second + " <= " + day);
        sql.add("insert into episode (plan_id, area, family_id, origin, origin_ref, opened_on, lead_agency, goals, goals_achieved,"
                + " outcomes_achieved)"
                + " select md5('re2-' || i)::uuid, '" + AREA + "', md5('rf-' || i)::uuid, 'ASSESSMENT', md5('ro2-' || i)::uuid, " + second
                + ", " + agency + ", 1, 0, false" + series + " where i % 20 = 0 and " + isClosed + " and " + second + " <= " + day);
        sql.add("insert into plan_origin (plan_id, origin_ref, area, origin, joined, on_date)"
                + " select md5('re2-' || i)::uuid, md5('ro2-' || i)::uuid, '" + AREA + "', 'ASSESSMENT', false, " + second + series
                + " where i % 20 = 0 and " + isClosed + " and " + second + " <= " + day);
        // each episode's needs, as reporting-service keeps them (episode_need) when its events arrive
        sql.add("insert into episode_need (plan_id, indicator, area, family_id, opened_on, on_date)"
                + " select e.plan_id, n.indicator, e.area, e.family_id, e.opened_on, min(po.on_date) from episode e"
                + " join plan_origin po on po.plan_id = e.plan_id join origin_need n on n.origin_ref = po.origin_ref"
                + " where e.plan_id in (select md5('re-' || i)::uuid" + series + " union all select md5('re2-' || i)::uuid" + series + ")"
                + " group by e.plan_id, n.indicator, e.area, e.family_id, e.opened_on");
        return sql;
    }

    private ReportSeed() {
    }
}
