package org.earlyhelp.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;

/** The deadlines on an in-memory connection whose clock the test moves: headers 10 s, whole request 60 s. */
class ReadDeadlineTest {

    private final AtomicInteger cutOff = new AtomicInteger();
    private EmbeddedChannel connection;

    @BeforeEach
    void connect() {
        connection = new EmbeddedChannel();
        connection.pipeline().addLast(ReadDeadline.NAME,
                new ReadDeadline(TimeUnit.SECONDS.toNanos(10), TimeUnit.SECONDS.toNanos(60), cutOff::incrementAndGet));
        connection.pipeline().addLast(ReadDeadline.HTTP_DECODER, new HttpRequestDecoder());
    }

    @Test
    @DisplayName("headers not complete 10 s after the request's first byte: the connection is closed")
    void incompleteHeadersAreCutOffAtTheHeaderDeadline() {
        send("GET /api/plans HTTP/1.1\r\nHost: x\r\nX-Slow: a");
        after(9);
        send("aaaa");
        assertThat(connection.isOpen()).as("open before the deadline, however the bytes trickle").isTrue();
        after(2);
        assertThat(connection.isOpen()).isFalse();
        assertThat(cutOff).hasValue(1);
    }

    @Test
    @DisplayName("headers in time, body still arriving 60 s after the first byte: the connection is closed")
    void aBodyStillArrivingIsCutOffAtTheRequestDeadline() {
        send("POST /api/plans HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n[");
        after(30);
        send("  ");
        assertThat(connection.isOpen()).as("past the header deadline, but the headers came in time").isTrue();
        after(31);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    @DisplayName("a whole request in time stops the clock; a kept-alive connection waiting for its next request is not timed")
    void aCompleteRequestStopsTheClock() {
        send("POST /api/plans HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        after(3600);
        assertThat(connection.isOpen()).isTrue();
        assertThat(cutOff).hasValue(0);
    }

    @Test
    @DisplayName("the next request on a kept-alive connection has its own header deadline")
    void eachRequestHasItsOwnDeadline() {
        send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
        after(120);
        send("GET /b HTTP/1.1\r\nHost: x\r\n");
        after(9);
        assertThat(connection.isOpen()).isTrue();
        after(2);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    @DisplayName("requests sent back to back in one packet, the last one incomplete, still time the incomplete one")
    void aPipelinedIncompleteRequestIsTimed() {
        send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHo");
        send("s");
        after(11);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    @DisplayName("a connection that is not HTTP/1 (no decoder) is left alone")
    void otherProtocolsAreLeftAlone() {
        EmbeddedChannel other = new EmbeddedChannel(new ReadDeadline(1, 1, cutOff::incrementAndGet));
        other.writeInbound(Unpooled.copiedBuffer("PRI * HTTP/2.0", StandardCharsets.US_ASCII));
        other.advanceTimeBy(1, TimeUnit.HOURS);
        other.runScheduledPendingTasks();
        assertThat(other.isOpen()).isTrue();
        assertThat(other.pipeline().get(ReadDeadline.class)).as("the handler took itself out").isNull();
    }

    private void send(String bytes) {
        connection.writeInbound(Unpooled.copiedBuffer(bytes, StandardCharsets.US_ASCII));
        connection.releaseInbound();
    }

    private void after(long seconds) {
        connection.advanceTimeBy(seconds, TimeUnit.SECONDS);
        connection.runScheduledPendingTasks();
    }
}
