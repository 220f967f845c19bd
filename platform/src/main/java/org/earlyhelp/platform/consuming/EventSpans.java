package org.earlyhelp.platform.consuming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.platform.outbox.CloudEventHeaders;
import org.earlyhelp.platform.tracing.TraceContext;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * The spans of a consumed event, continuing the trace of the request that wrote it: the record's {@code traceparent} (the
 * writer's context, which the outbox kept and the relay sent) is the parent of a {@code CONSUMER} span around everything the
 * event runs, and each step applied once through the inbox runs in a span of its own named after its consumer (e.g.
 * {@code plan-opening}). What those steps write to the outbox carries their span on, so the trace follows an event's
 * consequences too. Spans name types, ids and topics only: never a payload or an error's message.
 */
@ApplicationScoped
public class EventSpans {

    static final String INSTRUMENTATION = "org.earlyhelp.platform.consuming";

    private final Tracer tracer;

    @Inject
    public EventSpans(OpenTelemetry openTelemetry) {
        this(openTelemetry.getTracer(INSTRUMENTATION));
    }

    EventSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} in a {@code CONSUMER} span whose parent is the context the record carries (a new trace when none). */
    void consuming(String topic, ConsumerRecord<String, String> record, Runnable work) {
        var builder = tracer.spanBuilder("process " + topic).setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContext.parentOf(record.headers()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset());
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        if (id != null && id.length() <= 64) {
            builder.setAttribute("messaging.message.id", id);
        }
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (type != null && type.length() <= 200) {
            builder.setAttribute("cloudevents.event_type", type);
        }
        run(builder.startSpan(), work);
    }

    /** Runs {@code work}, a step applied once for {@code consumer}, in a span of its own inside the event's. */
    void step(String consumer, Runnable work) {
        run(tracer.spanBuilder(consumer).setSpanKind(SpanKind.INTERNAL).setAttribute("earlyhelp.consumer", consumer).startSpan(), work);
    }

    private static void run(Span span, Runnable work) {
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            // the error's type only: a message may quote what the event carried
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.setAttribute("error.type", e.getClass().getName());
            throw e;
        } finally {
            span.end();
        }
    }
}
