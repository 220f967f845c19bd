package org.earlyhelp.platform.problem;

import java.util.Map;

/** A well-formed request that a domain rule refuses: answered 422, the detail naming the rule. */
public class RuleViolation extends RuntimeException {
    private final String rule;
    private final Map<String, Object> details;

    public RuleViolation(String rule, String detail) {
        this(rule, detail, Map.of());
    }

    /** With extra members of the problem body, e.g. {@code goals: [ids]} naming what the rule is about. */
    public RuleViolation(String rule, String detail, Map<String, Object> details) {
        super(detail);
        this.rule = rule;
        this.details = Map.copyOf(details);
    }

    /** A short stable name for the rule, e.g. {@code step-down-needs-family-consent}. */
    public String rule() {
        return rule;
    }

    /** Extra members of the problem body (e.g. {@code missing: [...]}); none by default. */
    public Map<String, Object> details() {
        return details;
    }
}
