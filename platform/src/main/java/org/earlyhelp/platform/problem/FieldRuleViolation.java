package org.earlyhelp.platform.problem;

import java.util.Map;

/** A rule broken by one field of the request: 422 with {@code rule} and the {@code field} that breaks it. */
public class FieldRuleViolation extends RuleViolation {
    private final String field;

    public FieldRuleViolation(String rule, String field, String detail) {
        super(rule, detail, Map.of("field", field));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
