package org.earlyhelp.e2e;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies that are each wrong in one way, made from an operation's OpenAPI schema: bodies that are not JSON or
 * not an object, and a well-formed body (every property filled in as its schema says) spoiled in one place each time:
 * a duplicate key, a NUL character, a wrong type, a date out of range or impossible, an unknown code, a string or a
 * list over its documented maximum, nesting too deep. Every one must be refused.
 */
final class MalformedBodies {

    record Body(String kind, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode components;

    MalformedBodies(JsonNode openApi) {
        this.components = openApi.path("components").path("schemas");
    }

    /** At least {@code atLeast} malformed bodies for a request body of {@code schema}. */
    List<Body> of(JsonNode schema, int atLeast) {
        List<Body> bodies = new ArrayList<>(notAnObject());
        JsonNode resolved = resolve(schema);
        ObjectNode wellFormed = resolved.path("type").asText("object").equals("object") ? (ObjectNode) sample(resolved, 0) : NODES.objectNode();
        List<Body> spoiled = spoil(resolved, wellFormed);
        bodies.addAll(spoiled);
        for (int depth = 100; bodies.size() < atLeast; depth += 50) { // a body of one small field: deeper and deeper arrays
            bodies.add(new Body("array nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth)));
        }
        return bodies;
    }

    static List<Body> notAnObject() {
        return List.of(new Body("empty", ""), new Body("truncated", "{"), new Body("closing brace", "}"), new Body("open array", "["),
                new Body("bare word", "nul"), new Body("missing value", "{\"a\":}"), new Body("trailing comma", "{\"a\": 1,}"),
                new Body("an array", "[]"), new Body("an array of objects", "[{}]"), new Body("a string", "\"text\""),
                new Body("a number", "0"), new Body("a boolean", "true"), new Body("null", "null"), new Body("a NUL byte", "\u0000"),
                new Body("nested 300 deep", "{\"a\":".repeat(300) + "1" + "}".repeat(300)),
                new Body("single quotes", "{'a': 'b'}"), new Body("comment", "{/* c */}"),
                new Body("unterminated string", "{\"a\": \"b"), new Body("bad escape", "{\"a\": \"\\uZZZZ\"}"),
                new Body("number out of range", "{\"a\": 1e999999}"), new Body("two objects", "{}{}"));
    }

    private List<Body> spoil(JsonNode schema, ObjectNode wellFormed) {
        List<Body> bodies = new ArrayList<>();
        Iterator<String> names = wellFormed.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            String text = wellFormed.toString();
            bodies.add(new Body("duplicate key " + first, "{\"" + first + "\": " + wellFormed.get(first) + ", " + text.substring(1)));
        }
        JsonNode properties = schema.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            JsonNode property = resolve(properties.get(name));
            String type = type(property);
            switch (type) {
                case "string" -> {
                    String format = property.path("format").asText("");
                    bodies.add(with(wellFormed, name, NODES.numberNode(12345), "number for string " + name));
                    bodies.add(with(wellFormed, name, NODES.booleanNode(true), "boolean for string " + name));
                    bodies.add(with(wellFormed, name, NODES.objectNode().put("x", 1), "object for string " + name));
                    bodies.add(with(wellFormed, name, NODES.arrayNode().add("x"), "array for string " + name));
                    bodies.add(with(wellFormed, name, NODES.textNode("a\u0000b"), "NUL in " + name));
                    if (property.has("enum")) {
                        bodies.add(with(wellFormed, name, NODES.textNode("NOT_A_KNOWN_CODE"), "unknown code in " + name));
                    }
                    if (format.equals("date")) {
                        bodies.add(with(wellFormed, name, NODES.textNode("0001-01-01"), "date before 1900 in " + name));
                        bodies.add(with(wellFormed, name, NODES.textNode("9999-12-31"), "date after 2100 in " + name));
                        bodies.add(with(wellFormed, name, NODES.textNode("2027-02-30"), "impossible date in " + name));
                        bodies.add(with(wellFormed, name, NODES.textNode("15/03/2027"), "non-ISO date in " + name));
                    } else if (format.equals("uuid")) {
                        bodies.add(with(wellFormed, name, NODES.textNode("not-a-uuid"), "malformed id in " + name));
                    } else if (property.has("maxLength")) {
                        bodies.add(with(wellFormed, name, NODES.textNode("x".repeat(property.get("maxLength").asInt() + 1)), "over maxLength " + name));
                    }
                }
                case "boolean" -> bodies.add(with(wellFormed, name, NODES.textNode("yes"), "text for boolean " + name));
                case "integer", "number" -> bodies.add(with(wellFormed, name, NODES.textNode("many"), "text for number " + name));
                case "array" -> {
                    bodies.add(with(wellFormed, name, NODES.objectNode(), "object for array " + name));
                    bodies.add(with(wellFormed, name, NODES.textNode("x"), "text for array " + name));
                    if (property.has("maxItems")) {
                        ArrayNode many = NODES.arrayNode();
                        JsonNode item = sample(resolve(property.path("items")), 1);
                        for (int i = 0; i <= property.get("maxItems").asInt(); i++) {
                            many.add(item.deepCopy());
                        }
                        bodies.add(with(wellFormed, name, many, "over maxItems " + name));
                    }
                    ArrayNode withNull = NODES.arrayNode();
                    withNull.addNull();
                    bodies.add(with(wellFormed, name, withNull, "null item in " + name));
                }
                case "object" -> {
                    bodies.add(with(wellFormed, name, NODES.arrayNode(), "array for object " + name));
                    bodies.add(with(wellFormed, name, NODES.textNode("x"), "text for object " + name));
                }
                default -> bodies.add(with(wellFormed, name, NODES.arrayNode().add(1), "array for " + name));
            }
        });
        return bodies;
    }

    private static Body with(ObjectNode wellFormed, String name, JsonNode value, String kind) {
        ObjectNode copy = wellFormed.deepCopy();
        copy.set(name, value);
        return new Body(kind, copy.toString());
    }

    /** A value as the schema describes it: what a careful client would send. */
    JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                s.path("properties").fields().forEachRemaining(e -> fields.put(e.getKey(), sample(e.getValue(), depth + 1)));
                fields.forEach(object::set);
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(sample(s.path("items"), depth + 1));
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return switch (s.path("format").asText("")) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2027-01-15");
                    case "date-time" -> NODES.textNode("2027-01-15T10:00:00Z");
                    default -> NODES.textNode("x");
                };
            }
        }
    }

    /** The schema behind {@code $ref}s and single-entry {@code allOf}/{@code anyOf}/{@code oneOf}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText();
                s = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (s.has("allOf") && s.get("allOf").size() > 0) {
                s = s.get("allOf").get(0);
            } else if (s.has("oneOf") && s.get("oneOf").size() > 0) {
                s = s.get("oneOf").get(0);
            } else if (s.has("anyOf") && s.get("anyOf").size() > 0) {
                JsonNode first = s.get("anyOf").get(0);
                s = first.path("type").asText().equals("null") && s.get("anyOf").size() > 1 ? s.get("anyOf").get(1) : first;
            } else {
                return s;
            }
        }
        return s;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as ["string", "null"]. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
