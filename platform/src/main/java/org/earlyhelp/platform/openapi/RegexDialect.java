package org.earlyhelp.platform.openapi;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A {@code @Pattern} is a Java regular expression that must match the whole value; a JSON Schema {@code pattern} is an
 * ECMA-262 one that matches anywhere in it. Each pattern is rewritten to say what the server checks: anchored, and without
 * Java's inline {@code (?s)} flag (each {@code .} becomes {@code [\s\S]}), which ECMA-262 does not know. SmallRye's own
 * pattern for {@code @NotBlank}, {@code \S} ("somewhere a character that is not a space"), is already meant unanchored.
 */
final class RegexDialect {

    static final String NOT_BLANK = "\\S";

    static String ecma(String java) {
        if (java.equals(NOT_BLANK)) {
            return java;
        }
        String pattern = java;
        if (pattern.startsWith("(?s)")) {
            pattern = dotAll(pattern.substring(4));
        }
        if (pattern.startsWith("^") && pattern.endsWith("$")) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }

    /** Every {@code .} outside a character class, unescaped, matches any character, line breaks included. */
    private static String dotAll(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == ']') {
                inClass = false;
                out.append(c);
            } else if (c == '.' && !inClass) {
                out.append("[\\s\\S]");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Rewrites the patterns of these schemas and every schema inside them. */
    static void rewrite(Iterable<Schema> schemas) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        for (Schema schema : schemas) {
            rewrite(schema, seen);
        }
    }

    private static void rewrite(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.getPattern() != null) {
            schema.setPattern(ecma(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> rewrite(s, seen));
        }
        rewrite(schema.getItems(), seen);
        rewrite(schema.getAdditionalPropertiesSchema(), seen);
        rewrite(schema.getNot(), seen);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> rewrite(s, seen));
            }
        }
    }

    private RegexDialect() {
    }
}
