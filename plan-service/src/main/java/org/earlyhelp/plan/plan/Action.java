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

    public UUID id() { return id; }
    public String description() { return description; }
    public ActionOwner owner() { return owner; }
    public LocalDate dueDate() { return dueDate; }
    public ActionStatus status() { return status; }
}
