package org.earlyhelp.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0, Kafka protocol binding, binary mode: attributes as {@code ce_*} headers, data as the value. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute: the id of the API request that caused the event (absent for scheduled work). */
    public static final String REQUEST_ID = "ce_requestid";

    public static void write(Headers headers, String id, String type, String source, Instant time, String subject) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        put(headers, TIME, time.toString());
        put(headers, SUBJECT, subject);
        put(headers, CONTENT_TYPE, "application/json");
    }

    public static void writeRequestId(Headers headers, String requestId) {
        if (requestId != null) {
            put(headers, REQUEST_ID, requestId);
        }
    }

    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private CloudEventHeaders() {
    }
}
