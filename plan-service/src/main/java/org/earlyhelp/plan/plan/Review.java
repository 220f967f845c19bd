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
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private java.util.List<String> attendees;
    @Column(name = "child_and_family_views")
    private String childAndFamilyViews;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "action_progress")
    private java.util.List<ReviewOutcome.ActionProgress> actionProgress;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private java.util.List<String> invited;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private java.util.List<Contribution> contributions;
    @Column(name = "significant_events")
    private String significantEvents;
    @Column(name = "agreed_by_family")
    private Boolean agreedByFamily;
    @Column(name = "agreed_by_professionals")
    private Boolean agreedByProfessionals;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "goal_outcomes")
    private java.util.List<GoalOutcome> goalOutcomes;
    @Column(name = "held_by")
    private String heldBy;
    @Column(name = "due_soon_sent_at")
    private java.time.Instant dueSoonSentAt;
    @Column(name = "overdue_sent_at")
    private java.time.Instant overdueSentAt;

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

    void hold(ReviewOutcome outcome, String by) {
        status = ReviewStatus.HELD;
        heldOn = outcome.heldOn();
        decision = outcome.decision().name();
        attendees = outcome.attendees() == null ? java.util.List.of() : java.util.List.copyOf(outcome.attendees());
        childAndFamilyViews = outcome.childAndFamilyViews();
        actionProgress = outcome.actionProgress() == null ? java.util.List.of() : java.util.List.copyOf(outcome.actionProgress());
        invited = outcome.invited() == null ? java.util.List.of() : java.util.List.copyOf(outcome.invited());
        contributions = outcome.contributions() == null ? java.util.List.of() : java.util.List.copyOf(outcome.contributions());
        significantEvents = outcome.significantEvents();
        agreedByFamily = outcome.agreedByFamily();
        agreedByProfessionals = outcome.agreedByProfessionals();
        goalOutcomes = outcome.goalOutcomes() == null ? java.util.List.of() : java.util.List.copyOf(outcome.goalOutcomes());
        heldBy = by;
    }

    /**
     * Due on another day: the reminders follow the new date (their marks cleared), and an overdue review whose new date is
     * not past ({@code today}) is scheduled again.
     */
    void reschedule(LocalDate newDueBy, LocalDate today) {
        dueBy = newDueBy;
        dueSoonSentAt = null;
        overdueSentAt = null;
        if (status == ReviewStatus.OVERDUE && !newDueBy.isBefore(today)) {
            status = ReviewStatus.SCHEDULED;
        }
    }

    /** @return true the first time: the reminder is to be sent now. */
    public boolean remindDueSoon(java.time.Instant now) {
        if (status != ReviewStatus.SCHEDULED || dueSoonSentAt != null) {
            return false;
        }
        dueSoonSentAt = now;
        return true;
    }

    /** Past its due date and not held: OVERDUE. @return true the first time. */
    public boolean markOverdue(LocalDate today, java.time.Instant now) {
        if (status != ReviewStatus.SCHEDULED || !dueBy.isBefore(today)) {
            return false;
        }
        status = ReviewStatus.OVERDUE;
        overdueSentAt = now;
        return true;
    }

    public FamilyPlan plan() {
        return plan;
    }

    void cancel() {
        status = ReviewStatus.CANCELLED;
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
    public java.util.List<String> attendees() { return attendees; }
    public String childAndFamilyViews() { return childAndFamilyViews; }
    public java.util.List<ReviewOutcome.ActionProgress> actionProgress() { return actionProgress; }
    public java.util.List<String> invited() { return invited; }
    public java.util.List<Contribution> contributions() { return contributions; }
    public String significantEvents() { return significantEvents; }
    public Boolean agreedByFamily() { return agreedByFamily; }
    public Boolean agreedByProfessionals() { return agreedByProfessionals; }
    public java.util.List<GoalOutcome> goalOutcomes() { return goalOutcomes; }
    public java.time.Instant dueSoonSentAt() { return dueSoonSentAt; }
    public java.time.Instant overdueSentAt() { return overdueSentAt; }
}
