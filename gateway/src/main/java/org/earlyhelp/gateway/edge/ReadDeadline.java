package org.earlyhelp.gateway.edge;

import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * Deadlines for reading one connection's requests: a request's headers must have arrived within {@code headerTimeout}
 * of its first byte, and the whole request (headers and body) within {@code requestTimeout}; otherwise the connection
 * is closed. The idle timeout cannot do this: Vert.x's idle timer sits after the HTTP decoder, so headers are bounded
 * only by the idle timeout (30 s), and every decoded piece of a body resets it: a caller trickling a body a byte every
 * few seconds held a connection (and its buffers) for ever.
 *
 * <p>Two Netty handlers share the state: this one, first in the connection's pipeline, sees the raw bytes and starts the
 * clock at a request's first byte; {@link Decoded}, placed just after the HTTP decoder, sees where the request's head
 * and its body end. Between requests of a kept-alive connection no clock runs: the idle timeout governs that. A
 * connection that stops being HTTP/1 (an upgrade) is let go. All of it runs on the connection's event loop.
 */
final class ReadDeadline extends ChannelInboundHandlerAdapter {

    static final String NAME = "earlyhelp-read-deadline";
    static final String DECODED_NAME = "earlyhelp-read-deadline-decoded";
    /** Vert.x's name for the HTTP/1 request decoder in a server connection's pipeline. */
    static final String HTTP_DECODER = "httpDecoder";

    private final long headerNanos;
    private final long requestNanos;
    private final Runnable onCutOff;

    private boolean observing;
    private boolean readingBody;
    private long requestStartedAt;
    private ScheduledFuture<?> deadline;

    ReadDeadline(long headerNanos, long requestNanos, Runnable onCutOff) {
        this.headerNanos = headerNanos;
        this.requestNanos = requestNanos;
        this.onCutOff = onCutOff;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!observing && !startObserving(ctx)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (ctx.pipeline().get(HTTP_DECODER) == null) {
            // upgraded away from HTTP/1 (a WebSocket, say): no request heads to time any more
            disarm();
            ctx.pipeline().remove(DECODED_NAME);
            ctx.pipeline().remove(this);
            ctx.fireChannelRead(msg);
            return;
        }
        if (deadline == null && !readingBody && msg instanceof ByteBuf bytes && bytes.isReadable()) {
            requestStartedAt = System.nanoTime();
            arm(ctx, headerNanos);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private boolean startObserving(ChannelHandlerContext ctx) {
        if (ctx.pipeline().get(HTTP_DECODER) == null) {
            // not an HTTP/1 connection this handler understands: leave it to the idle timeout
            ctx.pipeline().remove(this);
            return false;
        }
        ctx.pipeline().addAfter(HTTP_DECODER, DECODED_NAME, new Decoded(ctx));
        observing = true;
        return true;
    }

    private void arm(ChannelHandlerContext ctx, long nanos) {
        disarm();
        deadline = ctx.executor().schedule(() -> {
            deadline = null;
            onCutOff.run();
            ctx.channel().close();
        }, Math.max(nanos, 0), TimeUnit.NANOSECONDS);
    }

    private void disarm() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }

    /** Sees the decoded request: its head (the header clock stops, the request clock runs on) and its end. */
    private final class Decoded extends ChannelInboundHandlerAdapter {

        private final ChannelHandlerContext rawContext;

        private Decoded(ChannelHandlerContext rawContext) {
            this.rawContext = rawContext;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest) {
                readingBody = true;
                arm(rawContext, requestNanos - (System.nanoTime() - requestStartedAt));
            }
            if (msg instanceof LastHttpContent) {
                readingBody = false;
                disarm();
            }
            ctx.fireChannelRead(msg);
        }
    }
}
