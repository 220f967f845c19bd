package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What is to be done towards a goal, by whom, by when. */
@Entity
@Table(name = "goal_action")
public class Action {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id")
    private Goal goal;
    private int position;
    private String description;
    @Embedded
    private ActionOwner owner;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "withdrawn_at")
    private java.time.Instant withdrawnAt;

    protected Action() {
    }

    Action(Goal goal, int position, String description, ActionOwner owner, LocalDate dueDate) {
        this.id = UUID.randomUUID();
        this.goal = goal;
        this.position = position;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = ActionStatus.NOT_STARTED;
    }

    void progress(ActionStatus newStatus) {
        this.status = newStatus;
    }

    void describe(String newDescription) { this.description = newDescription; }
    void giveTo(ActionOwner newOwner) { this.owner = newOwner; }
    void dueOn(LocalDate newDueDate) { this.dueDate = newDueDate; }

    void withdraw(String reason, java.time.Instant at) {
        this.status = ActionStatus.WITHDRAWN;
        this.withdrawalReason = reason;
        this.withdrawnAt = at;
    }

    /** Still to be done: neither done nor withdrawn. */
    public boolean isOpen() { return status != ActionStatus.DONE && status != ActionStatus.WITHDRAWN; }
    public boolean isWithdrawn() { return status == ActionStatus.WITHDRAWN; }
    public String withdrawalReason() { return withdrawalReason; }
    public java.time.Instant withdrawnAt() { return withdrawnAt; }
    public UUID id() { return id; }
    public String description() { return description; }
    public ActionOwner owner() { return owner; }
    public LocalDate dueDate() { return dueDate; }
    public ActionStatus status() { return status; }
}
