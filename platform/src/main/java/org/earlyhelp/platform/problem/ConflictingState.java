package org.earlyhelp.platform.problem;

/** The resource is in a state that does not allow this (a second acceptance, an edit after completion): 409. */
public class ConflictingState extends RuntimeException {
    public ConflictingState(String detail) {
        super(detail);
    }
}
