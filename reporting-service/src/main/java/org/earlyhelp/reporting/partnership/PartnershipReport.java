package org.earlyhelp.reporting.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.earlyhelp.reporting.format.Csv;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The partnership figures of one area and period (api.md, Reports): the names are the contract. */
@JsonPropertyOrder({ "area", "from", "to", "assessmentsCompleted", "episodesStarted", "stepDownShare", "familiesOpenAt", "childrenOpenAt",
        "needsIdentified", "childrenByAgeBand", "closures", "leadAgencies", "timeliness", "stepUps", "reEpisodesWithin12Months" })
public record PartnershipReport(String area, LocalDate from, LocalDate to, long assessmentsCompleted, EpisodesStarted episodesStarted,
        BigDecimal stepDownShare, long familiesOpenAt, long childrenOpenAt, Map<String, Long> needsIdentified,
        Map<String, Long> childrenByAgeBand, Closures closures, Map<String, Long> leadAgencies, Timeliness timeliness, StepUps stepUps,
        long reEpisodesWithin12Months) {

    @JsonPropertyOrder({ "total", "byOrigin" })
    public record EpisodesStarted(long total, Map<String, Long> byOrigin) {
    }

    @JsonPropertyOrder({ "total", "byReason" })
    public record Closures(long total, Map<String, Long> byReason) {
    }

    @JsonPropertyOrder({ "initialReviewsDue", "initialReviewsOnTime", "reviewGapsOver12Weeks", "closureSummariesDue", "closureSummariesOnTime" })
    public record Timeliness(long initialReviewsDue, long initialReviewsOnTime, long reviewGapsOver12Weeks, long closureSummariesDue,
            long closureSummariesOnTime) {
    }

    @JsonPropertyOrder({ "referrals", "significantHarm", "byDecision" })
    public record StepUps(long referrals, long significantHarm, Map<String, Long> byDecision) {
    }

    /** One row per number: {@code figure,key,value} ({@code episodesStarted.byOrigin,STEP_DOWN,2}, {@code stepDownShare,,0.286}). */
    public String csv() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { "area", "", area });
        rows.add(new Object[] { "from", "", from });
        rows.add(new Object[] { "to", "", to });
        rows.add(new Object[] { "assessmentsCompleted", "", assessmentsCompleted });
        rows.add(new Object[] { "episodesStarted", "total", episodesStarted.total() });
        breakdown(rows, "episodesStarted.byOrigin", episodesStarted.byOrigin());
        rows.add(new Object[] { "stepDownShare", "", stepDownShare });
        rows.add(new Object[] { "familiesOpenAt", "", familiesOpenAt });
        rows.add(new Object[] { "childrenOpenAt", "", childrenOpenAt });
        breakdown(rows, "needsIdentified", needsIdentified);
        breakdown(rows, "childrenByAgeBand", childrenByAgeBand);
        rows.add(new Object[] { "closures", "total", closures.total() });
        breakdown(rows, "closures.byReason", closures.byReason());
        breakdown(rows, "leadAgencies", leadAgencies);
        rows.add(new Object[] { "timeliness", "initialReviewsDue", timeliness.initialReviewsDue() });
        rows.add(new Object[] { "timeliness", "initialReviewsOnTime", timeliness.initialReviewsOnTime() });
        rows.add(new Object[] { "timeliness", "reviewGapsOver12Weeks", timeliness.reviewGapsOver12Weeks() });
        rows.add(new Object[] { "timeliness", "closureSummariesDue", timeliness.closureSummariesDue() });
        rows.add(new Object[] { "timeliness", "closureSummariesOnTime", timeliness.closureSummariesOnTime() });
        rows.add(new Object[] { "stepUps", "referrals", stepUps.referrals() });
        rows.add(new Object[] { "stepUps", "significantHarm", stepUps.significantHarm() });
        breakdown(rows, "stepUps.byDecision", stepUps.byDecision());
        rows.add(new Object[] { "reEpisodesWithin12Months", "", reEpisodesWithin12Months });
        return new Csv("figure", "key", "value").rows(rows).toString();
    }

    private static void breakdown(List<Object[]> rows, String figure, Map<String, Long> counts) {
        counts.forEach((key, value) -> rows.add(new Object[] { figure, key, value }));
    }
}
