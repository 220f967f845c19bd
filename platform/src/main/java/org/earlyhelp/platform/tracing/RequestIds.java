package org.earlyhelp.platform.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The id of the API request being served, as the gateway assigned it ({@code X-Request-Id}):
 * kept in the logging context ({@code requestId} in every JSON log line), stamped on the events
 * it causes ({@code ce_requestid}), and taken up again by the consumer of those events, so one
 * id follows a request through every service it reaches.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    /** The id to use for what a caller sent: theirs when it is sensible, else a new one. */
    public static String accept(String given) {
        return given != null && SENSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    public static void enter(String requestId) {
        if (requestId == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, requestId);
        }
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    public static void leave() {
        MDC.remove(MDC_KEY);
    }

    private RequestIds() {
    }
}
