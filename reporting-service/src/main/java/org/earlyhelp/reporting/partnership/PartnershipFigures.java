package org.earlyhelp.reporting.partnership;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.reporting.period.ReportPeriod;
import org.earlyhelp.reporting.sql.Row;
import org.earlyhelp.reporting.sql.ReportWorkers;
import org.earlyhelp.reporting.sql.Sql;

import static org.earlyhelp.reporting.sql.ReportWorkers.answer;

/**
 * The partnership figures as aggregate queries on the read model, one area at a time (every query filters on it). The rules
 * that are not counting (age bands, shares, breakdown order) are applied to what these answer, in {@link AgeBand},
 * {@link Share} and {@link Breakdown}.
 */
@ApplicationScoped
public class PartnershipFigures {

    /** Episodes open at :to: opened on or before it and not closed on or before it. */
    private static final String OPEN_AT_TO = " e.area = :area and e.opened_on <= :to and (e.closed_on is null or e.closed_on > :to)";

    private final Sql sql;
    private final ReportWorkers workers;

    public PartnershipFigures(Sql sql, ReportWorkers workers) {
        this.sql = sql;
        this.workers = workers;
    }

    public PartnershipReport report(String area, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        // the slowest first; each on a connection of its own, side by side
        CompletableFuture<Long> gaps = workers.start(() -> sql.read("""
                select count(*) from review r
                join episode e on e.plan_id = r.plan_id and e.area = :area
                where r.area = :area and r.held_on between :from and :to
                  and r.held_on - coalesce(r.previous_held_on, e.opened_on) > :maxDays""")
                .with("area", area).with("from", from).with("to", to).with("maxDays", ReviewGaps.MAX_DAYS).row().count(0));

        // an episode's needs (episode_need: its opening origin's, and those of origins that joined it, from the day they did)
        CompletableFuture<Map<String, Long>> needs = workers.start(() -> counts(sql.read("""
                select x.indicator, count(*) from (
                    select distinct n.indicator, n.family_id from episode_need n
                    where n.area = :area and n.opened_on between :from and :to and n.on_date <= :to
                ) x group by x.indicator""")
                .with("area", area).with("from", from).with("to", to).rows()));

        // an episode's children: its opening origin's, and those of origins that joined it by :to that the opening one did not
        // name. A family has one open episode at a time (plan-service opens a second plan only once the first is closed), and
        // a member belongs to one family, so no child is counted twice across episodes: a plain count, no distinct over all.
        CompletableFuture<Long> childrenOpen = workers.start(() -> sql.read("select"
                + " (select count(*) from episode e"
                + "  join origin_child c on c.origin_ref = e.origin_ref and c.area = :area and c.named"
                + "  where" + OPEN_AT_TO + ")"
                + " + (select count(distinct (e.plan_id, c.member_id)) from episode e"
                + "  join plan_origin po on po.plan_id = e.plan_id and po.area = :area and po.joined and po.on_date <= :to"
                + "  join origin_child c on c.origin_ref = po.origin_ref and c.area = :area and c.named"
                + "  where" + OPEN_AT_TO
                + "  and not exists (select 1 from origin_child o where o.origin_ref = e.origin_ref and o.member_id = c.member_id"
                + "                  and o.named))")
                .with("area", area).with("to", to).row().count(0));

        CompletableFuture<Map<String, Long>> leads = workers.start(() -> counts(sql.read("""
                select coalesce(latest.agency, e.lead_agency, 'UNKNOWN') as agency, count(*) from episode e
                left join (select distinct on (lc.plan_id) lc.plan_id, lc.agency from lead_change lc
                           where lc.area = :area and lc.effective_on <= :to
                           order by lc.plan_id, lc.effective_on desc, lc.seq desc) latest on latest.plan_id = e.plan_id
                where""" + OPEN_AT_TO + " group by 1")
                .with("area", area).with("to", to).rows()));

        CompletableFuture<Long> reEpisodes = workers.start(() -> sql.read("""
                select count(distinct e.family_id) from episode e
                where e.area = :area and e.opened_on between :from and :to
                  and exists (select 1 from episode p
                              where p.area = :area and p.family_id = e.family_id and p.plan_id <> e.plan_id
                                and p.closed_on <= e.opened_on and e.opened_on <= (p.closed_on + interval '12 months')::date)""")
                .with("area", area).with("from", from).with("to", to).row().count(0));

        CompletableFuture<Row> closureSummaries = workers.start(() -> sql.read("""
                select count(*), count(*) filter (where e.closed_on <= r.closure_due_by) from review r
                left join episode e on e.plan_id = r.plan_id and e.area = :area
                where r.area = :area and r.decision = 'CLOSE' and r.closure_due_by between :from and :to""")
                .with("area", area).with("from", from).with("to", to).row());

        CompletableFuture<Map<Integer, Long>> byAge = workers.start(() -> {
            Map<Integer, Long> ages = new HashMap<>();
            for (Row row : sql.read("""
                    select c.age, count(*) from episode e
                    join origin_child c on c.origin_ref = e.origin_ref and c.area = :area and c.named and c.age is not null
                    where e.area = :area and e.opened_on between :from and :to
                    group by c.age""")
                    .with("area", area).with("from", from).with("to", to).rows()) {
                ages.put(row.integer(0), row.count(1));
            }
            return ages;
        });

        CompletableFuture<Long> familiesOpen = workers.start(() -> sql.read("select count(distinct e.family_id) from episode e where"
                + OPEN_AT_TO).with("area", area).with("to", to).row().count(0));

        CompletableFuture<Map<String, Long>> byOrigin = workers.start(() -> counts(sql.read("""
                select e.origin, count(*) from episode e where e.area = :area and e.opened_on between :from and :to group by e.origin""")
                .with("area", area).with("from", from).with("to", to).rows()));

        CompletableFuture<Long> assessments = workers.start(() -> sql.read("""
                select count(*) from origin where area = :area and kind = 'ASSESSMENT' and on_date between :from and :to""")
                .with("area", area).with("from", from).with("to", to).row().count(0));

        CompletableFuture<Map<String, Long>> byReason = workers.start(() -> counts(sql.read("""
                select e.closure_reason, count(*) from episode e where e.area = :area and e.closed_on between :from and :to
                group by e.closure_reason""")
                .with("area", area).with("from", from).with("to", to).rows()));

        CompletableFuture<Row> initial = workers.start(() -> sql.read("""
                select count(*), count(*) filter (where r.held_on <= r.first_due_by) from review r
                where r.area = :area and r.kind = 'INITIAL' and r.first_due_by between :from and :to""")
                .with("area", area).with("from", from).with("to", to).row());

        CompletableFuture<List<Row>> stepUps = workers.start(() -> sql.read("""
                select coalesce(s.decision, 'PENDING'), count(*), count(*) filter (where s.urgent) from step_up s
                where s.area = :area and s.referred_on between :from and :to group by 1""")
                .with("area", area).with("from", from).with("to", to).rows());

        long referrals = 0;
        long urgent = 0;
        Map<String, Long> byDecision = new HashMap<>();
        for (Row row : answer(stepUps)) {
            byDecision.put(row.text(0), row.count(1));
            referrals += row.count(1);
            urgent += row.count(2);
        }
        Map<String, Long> origins = answer(byOrigin);
        long started = Breakdown.total(origins);
        Map<String, Long> reasons = answer(byReason);
        Row initialReviews = answer(initial);
        Row summaries = answer(closureSummaries);
        return new PartnershipReport(area, from, to, answer(assessments),
                new PartnershipReport.EpisodesStarted(started, Breakdown.of(origins)),
                Share.of(origins.getOrDefault("STEP_DOWN", 0L), started), answer(familiesOpen), answer(childrenOpen),
                Breakdown.of(answer(needs)), AgeBand.count(answer(byAge)),
                new PartnershipReport.Closures(Breakdown.total(reasons), Breakdown.of(reasons)), Breakdown.of(answer(leads)),
                new PartnershipReport.Timeliness(initialReviews.count(0), initialReviews.count(1), answer(gaps), summaries.count(0),
                        summaries.count(1)),
                new PartnershipReport.StepUps(referrals, urgent, Breakdown.of(byDecision)), answer(reEpisodes));
    }

    /** The figures and, for each month of the period, initial reviews and closure summaries due and on time. */
    public PartnershipReports.Page page(String area, ReportPeriod period) {
        CompletableFuture<List<Row>> initial = workers.start(() -> sql.read("""
                select to_char(r.first_due_by, 'YYYY-MM'), count(*), count(*) filter (where r.held_on <= r.first_due_by) from review r
                where r.area = :area and r.kind = 'INITIAL' and r.first_due_by between :from and :to group by 1""")
                .with("area", area).with("from", period.from()).with("to", period.to()).rows());
        CompletableFuture<List<Row>> closures = workers.start(() -> sql.read("""
                select to_char(r.closure_due_by, 'YYYY-MM'), count(*), count(*) filter (where e.closed_on <= r.closure_due_by) from review r
                left join episode e on e.plan_id = r.plan_id and e.area = :area
                where r.area = :area and r.decision = 'CLOSE' and r.closure_due_by between :from and :to group by 1""")
                .with("area", area).with("from", period.from()).with("to", period.to()).rows());
        PartnershipReport report = report(area, period);
        Map<String, Row> initialByMonth = byMonth(answer(initial));
        Map<String, Row> closuresByMonth = byMonth(answer(closures));
        List<MonthlyTimeliness> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            Row i = initialByMonth.get(month.toString());
            Row c = closuresByMonth.get(month.toString());
            months.add(new MonthlyTimeliness(month, i == null ? 0 : i.count(1), i == null ? 0 : i.count(2), c == null ? 0 : c.count(1),
                    c == null ? 0 : c.count(2)));
        }
        return new PartnershipReports.Page(report, months);
    }

    private static Map<String, Long> counts(List<Row> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(row.text(0) == null ? "UNKNOWN" : row.text(0), row.count(1), Long::sum));
        return counts;
    }

    private static Map<String, Row> byMonth(List<Row> rows) {
        Map<String, Row> months = new HashMap<>();
        rows.forEach(row -> months.put(row.text(0), row));
        return months;
    }
}
