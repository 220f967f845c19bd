package org.earlyhelp.plan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** A plan's history, read a page at a time, newest first. */
@ApplicationScoped
public class PlanChangeRepository implements PanacheRepositoryBase<PlanChange, UUID> {

    public Page<PlanChange> ofPlan(UUID planId, PageRequest page) {
        PanacheQuery<PlanChange> found = find("plan.id = ?1 order by at desc, seq desc", planId).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }
}
