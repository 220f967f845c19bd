package org.earlyhelp.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Shapes every problem the extension builds to the API contract: a {@code type}, a {@code detail},
 * and for bad input {@code errors: [{field, message}]} where {@code field} is the JSON path of
 * the bad value ({@code members[0].givenName}).
 */
@ApplicationScoped
public class ContractErrors implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            builder.withType(Problems.typeFor(problem.getStatusCode()));
        }
        Throwable json = jsonCause(context.cause);
        if (context.cause instanceof ConstraintViolationException violations) {
            builder.withDetail("Some fields are missing or not valid: see errors");
            builder.with("errors", fromViolations(violations));
        } else if (json instanceof JsonMappingException mapping && problem.getStatusCode() == 400) {
            String field = jsonPath(mapping.getPath());
            builder.withType(Problems.VALIDATION);
            builder.withDetail(field.isEmpty() ? "The body is not valid for this request" : "Field " + field + " has a value that is not allowed here");
            builder.with("errors", List.of(Map.of("field", field.isEmpty() ? "$" : field, "message", plain(mapping))));
        } else if (json != null && problem.getStatusCode() == 400) {
            builder.withType(Problems.MALFORMED);
            builder.withDetail("The body is not well-formed JSON");
            String field = parsingPath(json);
            builder.with("errors", List.of(Map.of("field", field.isEmpty() ? "$" : field, "message", malformation(json))));
        } else if (problem.getDetail() == null && !(context.cause instanceof ConstraintViolationException)) {
            builder.withDetail(problem.getTitle());
        }
        return builder.build();
    }

    /** Quarkus REST may wrap Jackson's exception: find it in the cause chain. */
    private static Throwable jsonCause(Throwable cause) {
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return t;
            }
        }
        return null;
    }

    /** Where the parser was when it gave up: {@code members[0].givenName} for a duplicate key there. */
    static String parsingPath(Throwable json) {
        if (json instanceof JsonProcessingException e && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            com.fasterxml.jackson.core.JsonPointer pointer = parser.getParsingContext().pathAsPointer();
            StringBuilder field = new StringBuilder();
            for (com.fasterxml.jackson.core.JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
                if (p.mayMatchElement()) {
                    field.append('[').append(p.getMatchingIndex()).append(']');
                } else {
                    field.append(field.isEmpty() ? "" : ".").append(p.getMatchingProperty());
                }
            }
            return field.toString();
        }
        return "";
    }

    /** A short reason without the echo of the body that Jackson's messages carry. */
    static String malformation(Throwable json) {
        String message = json instanceof JsonProcessingException e ? e.getOriginalMessage() : null;
        if (message == null) {
            return "not well-formed JSON";
        }
        if (message.startsWith("Duplicate field")) {
            return "appears more than once in the same object";
        }
        if (message.contains("exceeds the maximum")) {
            return "too long or too deeply nested";
        }
        return "not well-formed JSON here";
    }

    @Override
    public int priority() {
        return 10;
    }

    static List<Map<String, String>> fromViolations(ConstraintViolationException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(Map.of("field", fieldOf(violation.getPropertyPath()), "message", violation.getMessage()));
        }
        errors.sort((a, b) -> a.get("field").compareTo(b.get("field")));
        return errors;
    }

    /** Drops the method and parameter nodes of a REST method's violation: what is left is the JSON path. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null && node.getName().startsWith("<")) {
                // the element itself: ids[1]
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            appendIndex(field, node);
        }
        if (field.isEmpty() && parameterName != null) {
            return parameterName;
        }
        return field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        // an index or key describes the element this node is in: members[0].givenName
        if (node.getIndex() != null) {
            insertBeforeLastSegment(field, "[" + node.getIndex() + "]");
        } else if (node.getKey() != null) {
            insertBeforeLastSegment(field, "[" + node.getKey() + "]");
        }
    }

    private static void insertBeforeLastSegment(StringBuilder field, String index) {
        int lastDot = field.lastIndexOf(".");
        if (lastDot < 0) {
            field.append(index);
        } else {
            field.insert(lastDot, index);
        }
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String plain(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "not a valid value";
        }
        if (message.startsWith("must ")) {
            return message; // the platform's own readers (json.PlainText, json.BoundedDates) say the rule
        }
        if (message.startsWith("Cannot coerce") || message.startsWith("Cannot deserialize value of type `java.lang.String` from")
                || message.contains("from Integer value") || message.contains("from Boolean value") || message.contains("from String value")
                || message.contains("from Floating-point value")) {
            return "has the wrong type for this field";
        }
        int detail = message.indexOf(": not one of the values accepted");
        if (detail >= 0 || message.contains("not one of the values accepted for Enum class")) {
            int start = message.indexOf('[', message.indexOf("accepted for Enum class"));
            return start >= 0 ? "must be one of " + message.substring(start) : "not one of the accepted codes";
        }
        if (message.startsWith("Cannot deserialize value of type `java.time")) {
            return "must be an ISO-8601 date or instant";
        }
        if (message.startsWith("Cannot deserialize value of type `java.util.UUID`")) {
            return "must be a UUID";
        }
        return "not a valid value for this field";
    }
}
