package org.earlyhelp.referral.escalation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.access.FamilyCircle;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.stepup.ReferralStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Disagreements, listed through the same visibility rule as {@link Escalation#isVisibleTo}: the family's circle (the
 * early help team: its area), CSC once a referral about the family reached it, the two agencies' managers from stage 2,
 * the safeguarding partnership's managers at stage 3.
 */
@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    public Page<Escalation> search(Caller caller, String partnershipAgency, EscalationFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("from Escalation e where ").append(visibleTo(caller, partnershipAgency, params));
        if (filter.familyId() != null) {
            query.append(" and e.familyId = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.status() != null) {
            query.append(" and e.status = :status");
            params.put("status", filter.status());
        }
        query.append(" order by e.raisedOn desc, e.raisedAt desc, e.id");
        PanacheQuery<Escalation> found = find(query.toString(), params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }

    private static String visibleTo(Caller caller, String partnershipAgency, Map<String, Object> params) {
        params.put("area", caller.area());
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            return "e.area = :area";
        }
        String agency = Objects.requireNonNullElse(caller.agency(), "");
        params.put("circleMe", caller.userId());
        params.put("circleAgency", agency);
        StringBuilder seen = new StringBuilder("(").append(FamilyCircle.INCLUDES_CALLER.formatted("e"));
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            params.put("draft", ReferralStatus.DRAFT);
            seen.append(" or exists (select 1 from StepUpReferral r where r.area = e.area and r.familyId = e.familyId and r.status <> :draft)");
        }
        if (caller.hasRole(Roles.MANAGER)) {
            params.put("myAgency", agency);
            seen.append(" or (e.stage >= 2 and (e.raisedByAgency = :myAgency or e.withAgency = :myAgency))");
            if (agency.equals(partnershipAgency)) {
                seen.append(" or e.stage = 3");
            }
        }
        return "e.area = :area and " + seen.append(")");
    }
}
