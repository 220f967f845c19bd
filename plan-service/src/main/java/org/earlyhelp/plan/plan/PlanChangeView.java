package org.earlyhelp.plan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code GET /api/plans/{id}/history}: what changed (the goal, the action, or the review, the kind of change, the fields), who,
 * when; the values before and after and a withdrawal's reason (shown only to callers who may read the plan, as the whole
 * history is).
 */
public record PlanChangeView(UUID id, Instant at, String by, PlanChangeKind kind, UUID goalId, UUID actionId, List<String> fields,
        Map<String, Object> before, Map<String, Object> after, String reason, UUID reviewId) {

    static PlanChangeView of(PlanChange change) {
        return new PlanChangeView(change.id(), change.at(), change.byUserId(), change.kind(), change.goalId(), change.actionId(),
                change.fields(), change.oldValues(), change.newValues(), change.reason(), change.reviewId());
    }
}
