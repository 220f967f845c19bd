package org.earlyhelp.reporting.format;

import java.util.List;

/** A CSV document as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a quote or a line break. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields[i]));
        }
        text.append("\r\n");
        return this;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A file name of plain letters, digits and dashes. */
    public static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
