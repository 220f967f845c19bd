package org.earlyhelp.platform.problem;

/** The resource is in a state that does not allow this (a second acceptance, an edit after completion): 409. */
public class ConflictingState extends RuntimeException {
    public ConflictingState(String detail) {
        super(detail);
    }

    /** Extra members of the problem body; none by default. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
