package org.earlyhelp.platform.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses optional query values, answering 400 naming the parameter when one is not valid
 * (JAX-RS would answer 404 for a query value it cannot convert).
 */
public final class QueryParameters {

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadQueryParameter(name, "must be a UUID");
        }
    }

    /** A uuid the call cannot do without: missing or malformed is 400 naming it. */
    public static UUID requiredUuid(String name, String value) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw new BadQueryParameter(name, "is required");
        }
        return id;
    }

    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.LocalDate date = org.earlyhelp.platform.json.BoundedDates.parse(value.trim());
        if (date == null) {
            throw new BadQueryParameter(name, "must be an ISO-8601 date from 1900-01-01 to 2100-12-31, e.g. 2027-04-21");
        }
        return date;
    }

    public static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadQueryParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
    }

    /** A query parameter that is not valid: 400, with the parameter as the error's field. */
    public static class BadQueryParameter extends RuntimeException {
        private final String field;

        public BadQueryParameter(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private QueryParameters() {
    }
}
