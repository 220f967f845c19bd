package org.earlyhelp.reporting.sql;

import java.time.LocalDate;
import java.util.UUID;

/** One row of a query, by column position (0-based). */
public record Row(Object[] values) {

    public long count(int column) {
        Object value = values[column];
        return value == null ? 0 : ((Number) value).longValue();
    }

    public String text(int column) {
        Object value = values[column];
        return value == null ? null : value.toString();
    }

    public Integer integer(int column) {
        Object value = values[column];
        return value == null ? null : ((Number) value).intValue();
    }

    public UUID uuid(int column) {
        Object value = values[column];
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public LocalDate date(int column) {
        Object value = values[column];
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
