package org.earlyhelp.platform.problem;

import java.util.Map;

/** The resource is in a state that does not allow this (a second acceptance, an edit after completion): 409. */
public class ConflictingState extends RuntimeException {
    private final Map<String, Object> details;

    public ConflictingState(String detail) {
        this(detail, Map.of());
    }

    /** With extra members of the problem body, e.g. {@code activePlanId}. */
    public ConflictingState(String detail, Map<String, Object> details) {
        super(detail);
        this.details = Map.copyOf(details);
    }

    /** A 409 that names the state rule it enforces ({@code rule} in the problem body), e.g. {@code already-withdrawn}. */
    public static ConflictingState ofRule(String rule, String detail) {
        return new ConflictingState(detail, Map.of("rule", rule));
    }

    /** Extra members of the problem body; none by default. */
    public Map<String, Object> details() {
        return details;
    }
}
