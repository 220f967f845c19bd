package org.earlyhelp.tracing;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.arc.Unremovable;

/**
 * Keeps query values out of spans: a query can carry personal data ({@code GET /api/families?q=<a name>}), and spans leave
 * the service for a collector. {@code url.query} keeps the parameters' names with {@code REDACTED} for each value, and
 * {@code url.full} likewise; the path (ids only) is kept. Runs as each span starts, before anything can export it.
 */
@Singleton
@Unremovable
public class QueryRedaction implements SpanProcessor {

    public static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    public static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String query = span.getAttribute(URL_QUERY);
        if (query != null) {
            span.setAttribute(URL_QUERY, redact(query));
        }
        String full = span.getAttribute(URL_FULL);
        if (full != null && full.indexOf('?') >= 0) {
            int at = full.indexOf('?');
            span.setAttribute(URL_FULL, full.substring(0, at + 1) + redact(full.substring(at + 1)));
        }
    }

    /** {@code q=Smith&page=0} becomes {@code q=REDACTED&page=REDACTED}. */
    public static String redact(String query) {
        StringBuilder redacted = new StringBuilder();
        for (String part : query.split("&", -1)) {
            if (redacted.length() > 0) {
                redacted.append('&');
            }
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            redacted.append(name.length() > 64 ? name.substring(0, 64) : name);
            if (equals >= 0) {
                redacted.append("=REDACTED");
            }
        }
        return redacted.toString();
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
