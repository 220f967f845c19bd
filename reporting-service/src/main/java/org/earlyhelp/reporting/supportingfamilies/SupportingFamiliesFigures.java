package org.earlyhelp.reporting.supportingfamilies;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.reporting.period.ReportPeriod;
import org.earlyhelp.reporting.sql.Row;
import org.earlyhelp.reporting.sql.ReportWorkers;
import org.earlyhelp.reporting.sql.Sql;

/** The Supporting Families figures from the read model, one area at a time; the claim rule is {@link ClaimRule}'s. */
@ApplicationScoped
public class SupportingFamiliesFigures {

    private final Sql sql;
    private final ReportWorkers workers;

    public SupportingFamiliesFigures(Sql sql, ReportWorkers workers) {
        this.sql = sql;
        this.workers = workers;
    }

    public SupportingFamiliesReport report(String area, ReportPeriod period, LocalDate today) {
        Headlines.Mapping mapping = Headlines.mapping();
        CompletableFuture<Long> workedWith = workers.start(() -> sql.read("""
                select count(distinct w.family_id) from (
                    select d.plan_id, d.family_id from (
                        select distinct e.plan_id, e.family_id, h.headline from episode e
                        join plan_origin po on po.plan_id = e.plan_id and po.area = :area
                        join origin_need n on n.origin_ref = po.origin_ref and n.area = :area
                        join unnest(string_to_array(:codes, ','), string_to_array(:headlines, ',')) as h(indicator, headline)
                          on h.indicator = n.indicator
                        where e.area = :area and e.opened_on <= :to and (e.closed_on is null or e.closed_on >= :from)
                    ) d
                    group by d.plan_id, d.family_id
                    having count(*) >= :cohort
                ) w""")
                .with("area", area).with("from", period.from()).with("to", period.to()).with("codes", mapping.codes())
                .with("headlines", mapping.headlines()).with("cohort", Headlines.COHORT_HEADLINES).row().count(0));

        List<Row> achieved = sql.read("""
                select e.family_id, e.closed_on,
                       (select min(o.opened_on) from episode o
                        where o.area = :area and o.family_id = e.family_id and o.opened_on > e.closed_on) as next_episode,
                       (select min(s.referred_on) from step_up s
                        where s.area = :area and s.family_id = e.family_id and s.referred_on > e.closed_on) as next_step_up,
                       (select string_agg(distinct n.indicator, ',') from plan_origin po
                        join origin_need n on n.origin_ref = po.origin_ref and n.area = :area
                        where po.plan_id = e.plan_id and po.area = :area) as needs
                from episode e
                where e.area = :area and e.outcomes_achieved and e.closed_on between :from and :to""")
                .with("area", area).with("from", period.from()).with("to", period.to()).rows();

        Set<UUID> families = new HashSet<>();
        List<SupportingFamiliesReport.Claim> claims = new java.util.ArrayList<>();
        for (Row row : achieved) {
            families.add(row.uuid(0));
            if (ClaimRule.claimable(row.date(1), row.date(2), row.date(3), today)) {
                List<String> needs = row.text(4) == null ? List.of() : Arrays.asList(row.text(4).split(","));
                claims.add(new SupportingFamiliesReport.Claim(row.uuid(0), row.date(1), Headlines.of(needs)));
            }
        }
        claims.sort(Comparator.comparing(SupportingFamiliesReport.Claim::closedOn)
                .thenComparing(c -> c.familyId().toString()));
        return new SupportingFamiliesReport(area, period.from(), period.to(), ReportWorkers.answer(workedWith), families.size(), claims.size(), List.copyOf(claims));
    }
}
