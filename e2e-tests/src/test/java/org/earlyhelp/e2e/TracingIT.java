package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.earlyhelp.e2e.OtlpReceiver.ReceivedSpan;
import org.earlyhelp.localstack.EarlyHelpSystem;
import org.earlyhelp.localstack.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * One trace from the front door to the consequences of an event: every process of the running system exports its spans
 * over OTLP to the tests' in-memory receiver ({@link RunningSystem#traces()}), as {@code EARLYHELP_OTLP_ENDPOINT} switches
 * on in a deployment. The W3C trace context crosses HTTP (gateway → service) and Kafka (the outbox keeps the writer's
 * context, the relay sends it as {@code traceparent}, the consumer continues it).
 */
class TracingIT {

    private static final String REFERRAL_TOPIC = "earlyhelp.referral.events";
    private static final String PLAN_TOPIC = "earlyhelp.plan.events";
    private static final String STEP_DOWN_ACCEPTED = "earlyhelp.referral.step-down-accepted.v1";
    private static final String PLAN_OPENED = "earlyhelp.plan.plan-opened.v1";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

    static EarlyHelpSystem system;
    static OtlpReceiver traces;
    static TopicReader bus;
    static String sw;
    static String teacher;

    @BeforeAll
    static void startTheWholeSystem() {
        system = RunningSystem.get();
        traces = RunningSystem.traces();
        RestAssured.baseURI = system.gatewayUrl();
        bus = new TopicReader(system.kafka().bootstrapServers(), system.kafka().clientSettings());
        sw = system.keycloak().passwordToken("sw", "sw");
        teacher = system.keycloak().passwordToken("teacher", "teacher");
    }

    @Test
    @DisplayName("accepting a step-down is one trace: the gateway's span, referral-service's, and plan-service's consumer span in which it opened the plan")
    void oneTraceFromTheGatewayToThePlanOpened() {
        String stepDownId = StepDowns.propose(sw);

        // no X-Request-Id given: the gateway makes the trace's id the request id
        String traceId = accept(stepDownId, null);
        assertThat(traceId).matches("[0-9a-f]{32}");
        String planId = StepDowns.awaitPlan(teacher, stepDownId, Duration.ofSeconds(30));

        // the event carries the writer's trace context and the request id
        ConsumerRecord<String, String> accepted = one(bus.records(REFERRAL_TOPIC,
                r -> STEP_DOWN_ACCEPTED.equals(TopicReader.header(r, "ce_type")) && r.value().contains(stepDownId)));
        Matcher writer = traceparentOf(accepted);
        assertThat(writer.group(1)).isEqualTo(traceId);
        assertThat(TopicReader.header(accepted, "ce_requestid")).isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<ReceivedSpan> spans = traces.trace(traceId);
            ReceivedSpan gateway = one(spans, s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_SERVER
                    && s.attributes().getOrDefault("url.path", "").equals("/api/step-downs/" + stepDownId + "/acceptance"));
            ReceivedSpan referral = one(spans, s -> s.service().equals("referral-service") && s.kind() == SpanKind.SPAN_KIND_SERVER);
            ReceivedSpan consumer = one(spans, s -> s.service().equals("plan-service") && s.kind() == SpanKind.SPAN_KIND_CONSUMER
                    && STEP_DOWN_ACCEPTED.equals(s.attributes().get("cloudevents.event_type")));
            ReceivedSpan opening = one(spans, s -> s.service().equals("plan-service") && s.name().equals("plan-opening"));

            assertThat(gateway.parentSpanId()).as("the gateway starts the trace").isEmpty();
            // the consumer's parent is the span that wrote the event, named by the record's traceparent
            assertThat(consumer.parentSpanId()).isEqualTo(writer.group(2));
            assertThat(opening.parentSpanId()).isEqualTo(consumer.spanId());
            assertThat(ancestors(opening, spans)).containsSubsequence(consumer, referral, gateway);
        });

        // and the plan's own event continues it, from the span in which the plan was opened
        ConsumerRecord<String, String> opened = one(bus.records(PLAN_TOPIC,
                r -> PLAN_OPENED.equals(TopicReader.header(r, "ce_type")) && r.value().contains(planId)));
        Matcher opener = traceparentOf(opened);
        assertThat(opener.group(1)).isEqualTo(traceId);
        ReceivedSpan opening = one(traces.trace(traceId), s -> s.service().equals("plan-service") && s.name().equals("plan-opening"));
        assertThat(opener.group(2)).isEqualTo(opening.spanId());
        assertThat(TopicReader.header(opened, "ce_requestid")).isEqualTo(traceId);
    }

    @Test
    @DisplayName("a caller's own X-Request-Id still comes back and reaches the event, beside the trace the gateway started")
    void callersRequestIdRoundTripsBesideTheTrace() {
        String stepDownId = StepDowns.propose(sw);
        String mine = "tracing-" + UUID.randomUUID();

        assertThat(accept(stepDownId, mine)).isEqualTo(mine);

        ConsumerRecord<String, String> accepted = one(bus.records(REFERRAL_TOPIC,
                r -> STEP_DOWN_ACCEPTED.equals(TopicReader.header(r, "ce_type")) && r.value().contains(stepDownId)));
        assertThat(TopicReader.header(accepted, "ce_requestid")).isEqualTo(mine);
        String traceId = traceparentOf(accepted).group(1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                one(traces.trace(traceId), s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_SERVER
                        && s.attributes().getOrDefault("url.path", "").endsWith(stepDownId + "/acceptance")));
    }

    @Test
    @DisplayName("a search's query values never reach a span: the parameter's name is kept, its value redacted")
    void queryValuesStayOutOfSpans() {
        String marker = "Tracemark" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = given().auth().oauth2(teacher).queryParam("q", marker).get("/api/families").then().statusCode(200)
                .extract().header("X-Request-Id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            List<ReceivedSpan> spans = traces.trace(traceId);
            ReceivedSpan gateway = one(spans, s -> s.service().equals("gateway") && s.kind() == SpanKind.SPAN_KIND_SERVER);
            ReceivedSpan assessment = one(spans, s -> s.service().equals("assessment-service") && s.kind() == SpanKind.SPAN_KIND_SERVER);
            assertThat(gateway.attributes()).containsEntry("url.query", "q=REDACTED");
            assertThat(assessment.attributes()).containsEntry("url.query", "q=REDACTED");
        });
        assertThat(traces.spansMentioning(marker)).isEmpty();
    }

    private static String accept(String stepDownId, String requestId) {
        var request = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body("{\"acceptedOn\": \"" + StepDowns.ACCEPTED_ON + "\"}");
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return request.post("/api/step-downs/{id}/acceptance", stepDownId).then().statusCode(200).extract().header("X-Request-Id");
    }

    private static Matcher traceparentOf(ConsumerRecord<String, String> record) {
        String traceparent = TopicReader.header(record, "traceparent");
        assertThat(traceparent).as("traceparent of " + TopicReader.header(record, "ce_type")).isNotNull();
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        assertThat(matcher.matches()).as(traceparent).isTrue();
        return matcher;
    }

    /** The span's parent, its parent's parent, ... as far as the trace's spans go. */
    private static List<ReceivedSpan> ancestors(ReceivedSpan span, List<ReceivedSpan> spans) {
        Map<String, ReceivedSpan> byId = spans.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
        List<ReceivedSpan> chain = new ArrayList<>();
        ReceivedSpan parent = byId.get(span.parentSpanId());
        while (parent != null && chain.size() < 100) {
            chain.add(parent);
            parent = byId.get(parent.parentSpanId());
        }
        return chain;
    }

    private static <T> T one(List<T> items, Predicate<T> filter) {
        List<T> found = items.stream().filter(filter).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static <T> T one(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
