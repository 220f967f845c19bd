package org.earlyhelp.reporting.supportingfamilies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.reporting.format.Csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The Supporting Families figures of one area and period; {@code claims} is left out for an auditor. */
@JsonPropertyOrder({ "area", "from", "to", "familiesWorkedWith", "familiesWithOutcomesAchieved", "eligibleClaims", "claims" })
public record SupportingFamiliesReport(String area, LocalDate from, LocalDate to, long familiesWorkedWith, long familiesWithOutcomesAchieved,
        long eligibleClaims, @JsonInclude(JsonInclude.Include.NON_NULL) List<Claim> claims) {

    @JsonPropertyOrder({ "familyId", "closedOn", "headlines" })
    public record Claim(UUID familyId, LocalDate closedOn, List<String> headlines) {
    }

    /** The same figures without the list of claims (the families it names). */
    public SupportingFamiliesReport withoutClaims() {
        return new SupportingFamiliesReport(area, from, to, familiesWorkedWith, familiesWithOutcomesAchieved, eligibleClaims, null);
    }

    /** For the quarterly return: {@code figure,familyId,closedOn,headlines,value}, one {@code claim} row per claim. */
    public String csv() {
        Csv csv = new Csv("figure", "familyId", "closedOn", "headlines", "value")
                .row("area", "", "", "", area).row("from", "", "", "", from).row("to", "", "", "", to)
                .row("familiesWorkedWith", "", "", "", familiesWorkedWith)
                .row("familiesWithOutcomesAchieved", "", "", "", familiesWithOutcomesAchieved)
                .row("eligibleClaims", "", "", "", eligibleClaims);
        if (claims != null) {
            claims.forEach(c -> csv.row("claim", c.familyId(), c.closedOn(), String.join(";", c.headlines()), ""));
        }
        return csv.toString();
    }
}
