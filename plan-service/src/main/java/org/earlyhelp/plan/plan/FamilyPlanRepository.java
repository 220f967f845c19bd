package org.earlyhelp.plan.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.platform.web.Versions;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FamilyPlanRepository implements PanacheRepositoryBase<FamilyPlan, UUID> {

    /** Any change inside the aggregate is a new version of it (see {@link Versions#newVersion}). */
    public void newVersion(FamilyPlan plan) {
        Versions.newVersion(getEntityManager(), plan);
    }

    /** Plans loaded from here on in this transaction are only read: no snapshots kept, no dirty check at commit. */
    public void readOnly() {
        getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
    }

    /** The caller leads or sits in a plan of the family (open or closed), or is the early help team of its area. */
    public boolean anyVisible(Caller caller, UUID familyId) {
        return list("area = ?1 and familyId = ?2", caller.area(), familyId).stream().anyMatch(plan -> plan.isVisibleTo(caller));
    }

    public Optional<FamilyPlan> activeFor(String area, UUID familyId) {
        return find("area = ?1 and familyId = ?2 and status = ?3", area, familyId, PlanStatus.ACTIVE).firstResultOptional();
    }

    /**
     * Loads what {@link PlanView} shows of a page of plans just read (origins, team, goals and their actions, handovers): one
     * batch-fetch query per collection ({@code plan_id = any(?)}, {@link FamilyPlan#SHOWN_PER_QUERY} plans or goals a query),
     * whatever the page's size. Call it straight after the page is read: batch fetching gathers the plans the session holds,
     * and a statement run in between (a native insert flushes the session) leaves each plan to load its own.
     */
    public void loadShownParts(java.util.List<FamilyPlan> page) {
        for (FamilyPlan plan : page) {
            plan.origins();
            plan.team();
            plan.handovers();
            plan.goals().forEach(Goal::actions);
        }
    }

    /**
     * Each plan's next review (the open one due first; a plan with none is absent), read as three columns in one query for
     * any number of plans: the reviews themselves (their meeting records, parsed from JSON) are not loaded to show a plan.
     */
    public Map<UUID, PlanView.NextReview> nextReviews(java.util.Collection<UUID> planIds) {
        Map<UUID, PlanView.NextReview> next = new HashMap<>();
        if (planIds.isEmpty()) {
            return next;
        }
        getEntityManager().createQuery("select r.plan.id, r.id, r.kind, r.dueBy from Review r where r.plan.id in :ids"
                + " and r.status in :open order by r.dueBy, r.id", Object[].class)
                .setParameter("ids", planIds).setParameter("open", java.util.List.of(ReviewStatus.SCHEDULED, ReviewStatus.OVERDUE))
                .getResultList()
                .forEach(row -> next.putIfAbsent((UUID) row[0],
                        new PlanView.NextReview((UUID) row[1], (ReviewKind) row[2], (java.time.LocalDate) row[3])));
        return next;
    }

    /** The plans the caller may see, newest first, narrowed by the API's filters. */
    public Page<FamilyPlan> search(Caller caller, PlanFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from FamilyPlan p where p.area = :area");
        Map<String, Object> params = new HashMap<>();
        params.put("area", caller.area());
        if (!caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            query.append(" and (p.leadProfessional.userId = :me or exists (select 1 from p.team t where t.userId = :me))");
            params.put("me", caller.userId());
        }
        if (filter.familyId() != null) {
            query.append(" and p.familyId = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.status() != null) {
            query.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.leadProfessional() != null) {
            query.append(" and p.leadProfessional.userId = :lead");
            params.put("lead", filter.leadProfessional());
        }
        if (filter.reviewDueBefore() != null) {
            query.append(" and exists (select 1 from Review r where r.plan = p and r.status in :openReview and r.dueBy < :dueBefore)");
            params.put("openReview", java.util.List.of(ReviewStatus.SCHEDULED, ReviewStatus.OVERDUE));
            params.put("dueBefore", filter.reviewDueBefore());
        }
        if (filter.origin() != null || filter.originRef() != null) {
            query.append(" and exists (select 1 from p.origins o where 1 = 1");
            if (filter.origin() != null) {
                query.append(" and o.origin = :origin");
                params.put("origin", filter.origin());
            }
            if (filter.originRef() != null) {
                query.append(" and o.originRef = :originRef");
                params.put("originRef", filter.originRef());
            }
            query.append(")");
        }
        query.append(" order by p.openedOn desc, p.id");
        PanacheQuery<FamilyPlan> found = find(query.toString(), params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }
}
