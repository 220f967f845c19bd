package org.earlyhelp.plan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change to a goal or an action, as the plan's history keeps it: what (the goal, the action, the kind of change, the
 * fields), who, when, the values before and after, and for a withdrawal its reason. Written once, never changed.
 */
@Entity
@Table(name = "plan_change")
public class PlanChange {
    @Id
    private UUID id;
    /** Orders changes made in the same instant (a goal withdrawn with its actions). */
    @Column(insertable = false, updatable = false)
    private Long seq;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;
    private Instant at;
    @Column(name = "by_user_id")
    private String byUserId;
    @Enumerated(EnumType.STRING)
    private PlanChangeKind kind;
    @Column(name = "goal_id")
    private UUID goalId;
    @Column(name = "action_id")
    private UUID actionId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> fields;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_values")
    private Map<String, Object> oldValues;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_values")
    private Map<String, Object> newValues;
    private String reason;
    @Column(name = "review_id")
    private UUID reviewId;

    protected PlanChange() {
    }

    /** A change to a review (a reschedule): no goal, no action. */
    static PlanChange ofReview(FamilyPlan plan, PlanChangeKind kind, UUID reviewId, List<String> fields, Map<String, Object> oldValues,
            Map<String, Object> newValues, String reason, String byUserId, Instant at) {
        PlanChange change = new PlanChange(plan, kind, null, null, fields, oldValues, newValues, reason, byUserId, at);
        change.reviewId = reviewId;
        return change;
    }

    PlanChange(FamilyPlan plan, PlanChangeKind kind, UUID goalId, UUID actionId, List<String> fields, Map<String, Object> oldValues,
            Map<String, Object> newValues, String reason, String byUserId, Instant at) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.kind = kind;
        this.goalId = goalId;
        this.actionId = actionId;
        this.fields = List.copyOf(fields);
        this.oldValues = oldValues;
        this.newValues = newValues;
        this.reason = reason;
        this.byUserId = byUserId;
        this.at = at;
    }

    public UUID id() { return id; }
    public Instant at() { return at; }
    public String byUserId() { return byUserId; }
    public PlanChangeKind kind() { return kind; }
    public UUID goalId() { return goalId; }
    public UUID actionId() { return actionId; }
    public List<String> fields() { return fields; }
    public Map<String, Object> oldValues() { return oldValues; }
    public Map<String, Object> newValues() { return newValues; }
    public String reason() { return reason; }
    public UUID reviewId() { return reviewId; }
}
