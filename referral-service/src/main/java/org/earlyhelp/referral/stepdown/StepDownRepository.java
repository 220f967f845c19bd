package org.earlyhelp.referral.stepdown;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StepDownRepository implements PanacheRepositoryBase<StepDown, UUID> {

    /** The step-downs the caller may see (the same rule as {@link StepDown#isVisibleTo}), newest first. */
    public Page<StepDown> search(Caller caller, StepDownFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("area", caller.area());
        StringBuilder query = new StringBuilder("from StepDown s where s.area = :area");
        if (!caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            query.append(" and (s.proposedBy = :me or s.socialWorkerUserId = :me or s.proposedLpUserId = :me or s.lpUserId = :me)");
            params.put("me", caller.userId());
        }
        if (filter.familyId() != null) {
            query.append(" and s.familyId = :familyId");
            params.put("familyId", filter.familyId());
        }
        if (filter.status() != null) {
            query.append(" and s.status = :status");
            params.put("status", filter.status());
        }
        query.append(" order by s.proposedAt desc, s.id");
        PanacheQuery<StepDown> found = find(query.toString(), params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }
}
