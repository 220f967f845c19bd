package org.earlyhelp.reporting.format;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The two answers of a report: JSON unless the caller's Accept prefers {@code text/csv}. */
public final class Formats {

    public static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

    private Formats() {
    }

    /** True when {@code text/csv} is asked for by name before JSON (a wildcard means JSON). */
    public static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(CSV)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** A report's answer: its CSV (written only then) when the caller asks for it, else the report as JSON. */
    public static Response answer(HttpHeaders headers, Object report, java.util.function.Supplier<String> csv, String fileName) {
        if (wantsCsv(headers)) {
            return csv(csv.get(), fileName);
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response csv(String body, String fileName) {
        return Response.ok(body, CSV.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
