package org.earlyhelp.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * The end-to-end tests' in-memory exporter: an OTLP/HTTP receiver ({@code POST /v1/traces}, protobuf) in the test JVM, to which
 * every process of the running system exports its spans. Spans are kept by trace id, as they arrived; at most
 * {@link #MAX_SPANS} of them (the rest are counted, not kept), so a long suite cannot fill the heap.
 */
final class OtlpReceiver implements AutoCloseable {

    static final int MAX_SPANS = 200_000;

    /** One span as exported: the service (its {@code service.name}), ids in hex, name, kind, string attributes. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Span.SpanKind kind,
            Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final Map<String, List<ReceivedSpan>> byTrace = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "otlp-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base endpoint the exporters are given (they post to {@code <endpoint>/v1/traces}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span of the trace received so far. */
    List<ReceivedSpan> trace(String traceId) {
        return List.copyOf(byTrace.getOrDefault(traceId, List.of()));
    }

    /** Spans of every trace whose attributes or name contain {@code text}: for what must never reach a span. */
    List<ReceivedSpan> spansMentioning(String text) {
        return byTrace.values().stream().flatMap(List::stream)
                .filter(span -> span.name().contains(text) || span.attributes().toString().contains(text)).toList();
    }

    int dropped() {
        return dropped.get();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            ExportTraceServiceRequest request;
            try {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = attributes(resource.getResource().getAttributesList()).getOrDefault("service.name", "?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span span : scope.getSpansList()) {
                        keep(new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()), hex(span.getParentSpanId()),
                                span.getName(), span.getKind(), attributes(span.getAttributesList())));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void keep(ReceivedSpan span) {
        if (kept.incrementAndGet() > MAX_SPANS) {
            dropped.incrementAndGet();
            return;
        }
        byTrace.computeIfAbsent(span.traceId(), id -> new CopyOnWriteArrayList<>()).add(span);
    }

    private static Map<String, String> attributes(List<KeyValue> values) {
        Map<String, String> attributes = new HashMap<>();
        for (KeyValue value : values) {
            AnyValue any = value.getValue();
            attributes.put(value.getKey(), switch (any.getValueCase()) {
                case STRING_VALUE -> any.getStringValue();
                case INT_VALUE -> Long.toString(any.getIntValue());
                case BOOL_VALUE -> Boolean.toString(any.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(any.getDoubleValue());
                default -> any.toString();
            });
        }
        return attributes;
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
