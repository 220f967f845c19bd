package org.earlyhelp.plan.plan;

import java.time.LocalDate;

/** A partial edit of a goal: a null field is left as it is. */
public record GoalEdit(String description, String measure, LocalDate targetDate, String needIndicator) {

    boolean isEmpty() {
        return description == null && measure == null && targetDate == null && needIndicator == null;
    }
}
