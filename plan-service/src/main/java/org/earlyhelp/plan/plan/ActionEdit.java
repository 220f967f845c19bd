package org.earlyhelp.plan.plan;

import java.time.LocalDate;

/** A partial edit of an action: a null field is left as it is. */
public record ActionEdit(String description, ActionOwner owner, LocalDate dueDate, ActionStatus status) {

    boolean isEmpty() {
        return description == null && owner == null && dueDate == null && status == null;
    }
}
