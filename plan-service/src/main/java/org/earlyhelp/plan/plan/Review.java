package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A review of the plan: scheduled with a due date, then held with one decision. */
@Entity
@Table(name = "review")
public class Review {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;
    @Enumerated(EnumType.STRING)
    private ReviewKind kind;
    @Column(name = "due_by")
    private LocalDate dueBy;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String decision;

    protected Review() {
    }

    Review(FamilyPlan plan, ReviewKind kind, LocalDate dueBy) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.kind = kind;
        this.dueBy = dueBy;
        this.status = ReviewStatus.SCHEDULED;
    }

    boolean isOpen() {
        return status == ReviewStatus.SCHEDULED || status == ReviewStatus.OVERDUE;
    }

    void bringForwardTo(LocalDate sooner) {
        this.dueBy = sooner;
    }

    public UUID id() { return id; }
    public ReviewKind kind() { return kind; }
    public LocalDate dueBy() { return dueBy; }
    public ReviewStatus status() { return status; }
    public LocalDate heldOn() { return heldOn; }
    public String decision() { return decision; }
}
