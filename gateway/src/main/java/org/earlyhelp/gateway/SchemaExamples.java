package org.earlyhelp.gateway;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An example for every named object schema that has none, made from the schema itself, so that it is valid by construction:
 * each property present, a value of its type, format, enum, bounds and pattern (ids are UUIDs, dates ISO-8601). The
 * schemas written with an example of their own (the problem, the timeline, the audit trail) keep theirs.
 */
final class SchemaExamples {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final int DEPTH = 6;
    /** Candidate values for a string with a pattern: the first that matches is taken. */
    private static final List<String> PATTERNED = List.of("text", "NEGLECT", "VERBAL", "school", "0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b",
            "https://partner.example.org/earlyhelp/events", "a");

    static void add(JsonObject schemas) {
        for (String name : schemas.fieldNames()) {
            JsonObject schema = schemas.getJsonObject(name);
            if (schema == null || schema.containsKey("examples") || schema.containsKey("example") || !isObject(schema)) {
                continue;
            }
            Object example = example(schema, schemas, new HashSet<>(Set.of(name)), 0, null);
            if (example != null) {
                schema.put("examples", new JsonArray().add(example));
            }
        }
    }

    private static boolean isObject(JsonObject schema) {
        return "object".equals(schema.getValue("type")) || schema.containsKey("properties");
    }

    static Object example(JsonObject schema, JsonObject schemas, Set<String> visiting, int depth, String property) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(SCHEMAS.length());
            JsonObject target = schemas.getJsonObject(name);
            if (target == null || depth > DEPTH || !visiting.add(name)) {
                return null;
            }
            try {
                JsonArray own = target.getJsonArray("examples");
                return own != null && !own.isEmpty() ? own.getValue(0) : example(target, schemas, visiting, depth + 1, property);
            } finally {
                visiting.remove(name);
            }
        }
        if (schema.containsKey("examples") && schema.getValue("examples") instanceof JsonArray own && !own.isEmpty()) {
            return own.getValue(0);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getValue(0);
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.getValue(choice) instanceof JsonArray options && !options.isEmpty()) {
                return example(options.getJsonObject(0), schemas, visiting, depth + 1, property);
            }
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, schemas, visiting, depth);
            case "array" -> {
                Object item = schema.getJsonObject("items") == null ? null
                        : example(schema.getJsonObject("items"), schemas, visiting, depth + 1, property);
                yield item == null ? new JsonArray() : new JsonArray().add(item);
            }
            case "integer" -> integer(schema);
            case "number" -> 1.5;
            case "boolean" -> true;
            case "string" -> string(schema, property);
            default -> null;
        };
    }

    private static long integer(JsonObject schema) {
        long value = schema.getValue("minimum") instanceof Number min ? Math.max(min.longValue(), 1L) : 1L;
        return schema.getValue("maximum") instanceof Number max ? Math.min(value, max.longValue()) : value;
    }

    private static String type(JsonObject schema) {
        Object type = schema.getValue("type");
        if (type instanceof JsonArray types) { // ["string", "null"]: the non-null one
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "none";
        }
        return type.toString();
    }

    private static JsonObject object(JsonObject schema, JsonObject schemas, Set<String> visiting, int depth) {
        JsonObject example = new JsonObject();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
            for (String name : properties.fieldNames()) {
                if (properties.getValue(name) instanceof JsonObject property) {
                    Object value = example(property, schemas, visiting, depth + 1, name);
                    if (value != null) {
                        example.put(name, value);
                    }
                }
            }
        } else if (schema.getValue("additionalProperties") instanceof JsonObject values) {
            Object value = example(values, schemas, visiting, depth + 1, "key");
            if (value != null) {
                example.put("key", value);
            }
        }
        return example;
    }

    private static String string(JsonObject schema, String property) {
        String format = schema.getString("format", "");
        String value = switch (format) {
            case "uuid" -> "0b6d1c9e-2f4a-4c6e-8a1b-3d5f7e9a2c4b";
            case "date" -> "2026-11-23";
            case "date-time" -> "2026-11-23T10:15:30Z";
            case "uri", "url" -> "https://partner.example.org/earlyhelp/events";
            case "email" -> "someone@example.org";
            case "duration" -> "PT1H";
            default -> property == null ? "text" : property;
        };
        if (schema.containsKey("pattern")) {
            value = matching(schema.getString("pattern"), value);
            if (value == null) {
                return null;
            }
        }
        int min = schema.getInteger("minLength", 0);
        int max = schema.getInteger("maxLength", Integer.MAX_VALUE);
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String matching(String pattern, String preferred) {
        try {
            Pattern compiled = Pattern.compile(pattern);
            if (compiled.matcher(preferred).find()) {
                return preferred;
            }
            return PATTERNED.stream().filter(candidate -> compiled.matcher(candidate).find()).findFirst().orElse(null);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private SchemaExamples() {
    }
}
