package org.earlyhelp.platform.problem;

/** A well-formed request that a domain rule refuses: answered 422, the detail naming the rule. */
public class RuleViolation extends RuntimeException {
    private final String rule;

    public RuleViolation(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    /** A short stable name for the rule, e.g. {@code step-down-needs-family-consent}. */
    public String rule() {
        return rule;
    }

    /** Extra members of the problem body (e.g. {@code missing: [...]}); none by default. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
