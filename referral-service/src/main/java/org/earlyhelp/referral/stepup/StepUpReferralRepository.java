package org.earlyhelp.referral.stepup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.access.FamilyCircle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Referrals, always read through one visibility rule so a list and a single read never disagree:
 * the early help team sees its area; the referrer and the lead professional see theirs, drafts
 * included; social workers (and CSC's partner system) see every submitted referral to CSC in
 * their area; a practitioner or partner system in the family's circle sees its submitted ones.
 */
@ApplicationScoped
public class StepUpReferralRepository implements PanacheRepositoryBase<StepUpReferral, UUID> {

    public Optional<StepUpReferral> visible(UUID id, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String where = visibleTo(caller, params) + " and r.id = :id";
        params.put("id", id);
        return find("from StepUpReferral r where " + where, params).firstResultOptional();
    }

    /** A referral about the family has reached children's social care in the area (submitted, or decided since). */
    public boolean reachedCsc(String area, UUID familyId) {
        return count("area = ?1 and familyId = ?2 and status <> ?3", area, familyId, ReferralStatus.DRAFT) > 0;
    }

    public Optional<StepUpReferral> draftedFrom(UUID reviewId) {
        return find("reviewId", reviewId).firstResultOptional();
    }

    public Page<StepUpReferral> search(Caller caller, ReferralFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("from StepUpReferral r where ").append(visibleTo(caller, params));
        if (filter.familyId() != null) {
            query.append(" and r.familyId = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.planId() != null) {
            query.append(" and r.planId = :planId");
            params.put("planId", filter.planId());
        }
        if (filter.status() != null) {
            query.append(" and r.status = :status");
            params.put("status", filter.status());
        }
        query.append(" order by r.createdAt desc, r.id");
        PanacheQuery<StepUpReferral> found = find(query.toString(), params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }

    private static String visibleTo(Caller caller, Map<String, Object> params) {
        params.put("area", caller.area());
        if (caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            return "r.area = :area";
        }
        params.put("me", caller.userId());
        params.put("draft", ReferralStatus.DRAFT);
        StringBuilder mine = new StringBuilder("(r.referrerUserId = :me or r.leadProfessionalUserId = :me");
        if (caller.hasRole(Roles.SOCIAL_WORKER)
                || (caller.hasRole(Roles.PARTNER_SYSTEM) && StepUpReferral.CSC_AGENCY.equals(caller.agency()))) {
            mine.append(" or r.status <> :draft");
        } else {
            params.put("circleMe", caller.userId());
            params.put("circleAgency", Objects.requireNonNullElse(caller.agency(), ""));
            mine.append(" or (r.status <> :draft and ").append(FamilyCircle.INCLUDES_CALLER.formatted("r")).append(")");
        }
        return "r.area = :area and " + mine.append(")");
    }
}
