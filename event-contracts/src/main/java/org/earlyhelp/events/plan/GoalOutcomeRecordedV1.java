package org.earlyhelp.events.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** A goal's outcome was recorded at a review ({@code reviewId}) or at closure (no review); the note stays in plan-service. */
public record GoalOutcomeRecordedV1(UUID familyId, String area, UUID planId, UUID goalId, String needIndicator, String outcome, LocalDate recordedOn, UUID reviewId) implements FamilyEvent {
}
