package org.earlyhelp.plan.plan;

import java.time.LocalDate;

/** A goal to add to a plan: carried over from CSC's plan, or drafted from an assessed need. */
public record GoalDraft(String needIndicator, String description, String measure, LocalDate targetDate, boolean draft) {
}
