package org.earlyhelp.assessment.family;

/** A member's place in the family. An {@code UNBORN} child has an expected date of birth and no name yet; at birth it becomes a {@code CHILD}. */
public enum MemberRole {
    CHILD, PARENT, CARER, OTHER_ADULT, UNBORN;

    /** An adult who may speak for the family: a parent, carer or other adult (not a child, not an unborn child). */
    public boolean isAdult() {
        return this == PARENT || this == CARER || this == OTHER_ADULT;
    }
}
