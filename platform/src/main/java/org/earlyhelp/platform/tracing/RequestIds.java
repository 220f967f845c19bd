package org.earlyhelp.platform.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The id of the API request being served, as the gateway assigned it ({@code X-Request-Id}):
 * kept in the logging context ({@code requestId} in every JSON log line), stamped on the events
 * it causes ({@code ce_requestid}), and taken up again by the consumer of those events, so one
 * id follows a request through every service it reaches. A request that comes without one (the gateway always sends one)
 * takes its trace id: the id to search the logs by and the trace to open are then the same.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    /** The id to use for what a caller sent: theirs when it is sensible, else the current trace's id, else a new one. */
    public static String accept(String given) {
        return accept(given, TraceContext.currentTraceId());
    }

    static String accept(String given, String traceId) {
        if (given != null && SENSIBLE.matcher(given).matches()) {
            return given;
        }
        return traceId != null ? traceId : UUID.randomUUID().toString();
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
