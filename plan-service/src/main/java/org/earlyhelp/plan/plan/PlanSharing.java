package org.earlyhelp.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One sharing of the (revised) plan with the family and the team, kept; it counts against the revised plan due when it was shared. */
@Entity
@Table(name = "plan_sharing")
public class PlanSharing {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;
    @Column(name = "shared_on")
    private LocalDate sharedOn;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "shared_with")
    private List<String> sharedWith;
    @Column(name = "revised_plan_due_by")
    private LocalDate revisedPlanDueBy;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PlanSharing() {
    }

    PlanSharing(FamilyPlan plan, LocalDate sharedOn, List<String> sharedWith, LocalDate revisedPlanDueBy, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.sharedOn = sharedOn;
        this.sharedWith = List.copyOf(sharedWith);
        this.revisedPlanDueBy = revisedPlanDueBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public LocalDate sharedOn() { return sharedOn; }
    public List<String> sharedWith() { return sharedWith; }
    public LocalDate revisedPlanDueBy() { return revisedPlanDueBy; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
