package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A SMART goal of the plan, answering one identified need. */
@Entity
@Table(name = "goal")
public class Goal {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;
    private int position;
    @Column(name = "need_indicator")
    private String needIndicator;
    private String description;
    private String measure;
    @Column(name = "target_date")
    private LocalDate targetDate;
    private boolean draft;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private GoalStatus status;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "withdrawn_at")
    private java.time.Instant withdrawnAt;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Column(name = "outcome_recorded_on")
    private LocalDate outcomeRecordedOn;
    @Column(name = "outcome_review_id")
    private UUID outcomeReviewId;
    @Column(name = "added_at", nullable = false, updatable = false)
    private java.time.Instant addedAt;
    @org.hibernate.annotations.BatchSize(size = FamilyPlan.SHOWN_PER_QUERY)
    @jakarta.persistence.OneToMany(mappedBy = "goal", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("position")
    private java.util.List<Action> actions = new java.util.ArrayList<>();

    protected Goal() {
    }

    Goal(FamilyPlan plan, int position, GoalDraft draft, java.time.Instant addedAt) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.position = position;
        this.needIndicator = draft.needIndicator();
        this.description = draft.description();
        this.measure = draft.measure();
        this.targetDate = draft.targetDate();
        this.draft = draft.draft();
        this.addedAt = addedAt;
        this.status = GoalStatus.OPEN;
    }

    Action addAction(String description, ActionOwner owner, LocalDate dueDate) {
        Action action = new Action(this, actions.size(), description, owner, dueDate);
        actions.add(action);
        return action;
    }

    void describe(String newDescription) { this.description = newDescription; }
    void measure(String newMeasure) { this.measure = newMeasure; }
    void targetDate(LocalDate newTargetDate) { this.targetDate = newTargetDate; }
    void answer(String newNeedIndicator) { this.needIndicator = newNeedIndicator; }

    /** A draft goal (drafted from an assessed need) becomes SMART once it has a measure and a target date. */
    boolean becomeSmartWhenComplete() {
        if (draft && measure != null && !measure.isBlank() && targetDate != null) {
            draft = false;
            return true;
        }
        return false;
    }

    void withdraw(String reason, java.time.Instant at) {
        this.status = GoalStatus.WITHDRAWN;
        this.withdrawalReason = reason;
        this.withdrawnAt = at;
    }

    /** Its latest outcome (at a review, {@code reviewId}; at the closure, none): the status, the note, the day. */
    void recordOutcome(GoalOutcome.Outcome outcome, String note, LocalDate on, UUID reviewId) {
        this.status = outcome.status();
        this.outcomeNote = note;
        this.outcomeRecordedOn = on;
        this.outcomeReviewId = reviewId;
    }

    public String outcomeNote() { return outcomeNote; }
    public LocalDate outcomeRecordedOn() { return outcomeRecordedOn; }
    public UUID outcomeReviewId() { return outcomeReviewId; }
    public boolean isWithdrawn() { return status == GoalStatus.WITHDRAWN; }
    public GoalStatus status() { return status; }
    public String withdrawalReason() { return withdrawalReason; }
    public java.time.Instant withdrawnAt() { return withdrawnAt; }
    public java.util.List<Action> actions() { return java.util.List.copyOf(actions); }
    public UUID id() { return id; }
    public int position() { return position; }
    public String needIndicator() { return needIndicator; }
    public String description() { return description; }
    public String measure() { return measure; }
    public LocalDate targetDate() { return targetDate; }
    public boolean draft() { return draft; }
    public java.time.Instant addedAt() { return addedAt; }
}
