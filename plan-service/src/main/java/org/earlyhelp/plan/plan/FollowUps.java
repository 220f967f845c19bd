package org.earlyhelp.plan.plan;

import java.time.LocalDate;

/**
 * The two follow-up timescales after a review (issue 18): the revised plan shared within the area's working days, the
 * closure a review decided within the area's working days. Pure functions: unit-tested without a database.
 */
public final class FollowUps {

    /** A sharing dated before the last review held (or, before any, the plan's opening): 422 naming sharedOn. */
    public static final String SHARING_AFTER_LAST_REVIEW = "sharing-after-last-review";
    /** A handover without the family's agreement recorded (true or false): 422 naming familyAgreed. */
    public static final String HANDOVER_RECORDS_FAMILY_AGREEMENT = "handover-records-family-agreement";
    /** A warm handover confirmed twice: 409. */
    public static final String HANDOVER_ALREADY_HELD = "handover-already-held";

    private FollowUps() {
    }

    /**
     * Whether the revised plan was shared in time: true when shared on or before {@code dueBy}; false when shared after
     * it, or when {@code dueBy} has passed ({@code today} by the platform clock) with nothing shared; null while it is
     * still due and unshared, and when nothing is due (no review yet, or a review that decided to close).
     */
    public static Boolean revisedPlanMet(LocalDate dueBy, LocalDate sharedOn, LocalDate today) {
        if (dueBy == null) {
            return null;
        }
        if (sharedOn != null) {
            return !sharedOn.isAfter(dueBy);
        }
        return today.isAfter(dueBy) ? Boolean.FALSE : null;
    }

    /** The closure a review decided is due by {@code closureSummaryDueBy} while the plan is still active; none otherwise. */
    public static LocalDate closureDueBy(PlanStatus status, LocalDate closureSummaryDueBy) {
        return status == PlanStatus.ACTIVE ? closureSummaryDueBy : null;
    }

    /**
     * A handover recorded: PLANNED (held on null) when the warm handover is still to come (after {@code today}), otherwise
     * HELD on the warm handover's date, or on {@code today} (the day it is recorded) when none is given.
     */
    public static LocalDate handoverHeldOn(LocalDate warmHandoverOn, LocalDate today) {
        if (warmHandoverOn == null) {
            return today;
        }
        return warmHandoverOn.isAfter(today) ? null : warmHandoverOn;
    }

    /**
     * The day a handover's new lead took over, as {@code LeadProfessionalChanged.changedOn} carries it (issue 20): the warm
     * handover's date when one is given (a planned one too), otherwise {@code today}, the day it is recorded, the day
     * {@link #handoverHeldOn} holds it on.
     */
    public static LocalDate handoverChangedOn(LocalDate warmHandoverOn, LocalDate today) {
        return warmHandoverOn != null ? warmHandoverOn : today;
    }
}
