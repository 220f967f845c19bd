package org.earlyhelp.gateway.edge;

import java.lang.reflect.Field;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.earlyhelp.gateway.GatewayConfig;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;

/**
 * Puts a {@link ReadDeadline} on every connection the gateway accepts: a request's headers must arrive within
 * {@code earlyhelp.gateway.header-timeout} of its first byte, the whole request within
 * {@code earlyhelp.gateway.request-read-timeout}.
 *
 * <p>Neither Quarkus nor Vert.x 4.5 offers a deadline for reading a request (only idle timers, which every decoded
 * chunk of a body resets), nor a hook on a connection before its first request is read. So, as soon as Quarkus says
 * the HTTP server listens (an asynchronous event: a connection accepted in that first instant goes untimed), this adds a
 * handler to the listening channel's pipeline that gives each accepted connection its deadline before Vert.x sets the
 * connection up. Reaching the listening channel needs one private field of Vert.x ({@code TCPServerBase.bindFuture});
 * {@code GatewayTest.aTrickledBodyIsCutOff} fails if an upgrade of Vert.x moves it.
 */
@ApplicationScoped
public class ReadDeadlines {

    private static final Logger LOG = Logger.getLogger(ReadDeadlines.class);
    static final String ACCEPTOR_NAME = "earlyhelp-read-deadlines";

    private final GatewayConfig config;
    private final Vertx vertx;
    private final Counter cutOff;

    ReadDeadlines(GatewayConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        this.cutOff = Counter.builder("earlyhelp.gateway.requests.cut.off")
                .description("Connections closed because a request's headers or body did not arrive in time")
                .register(registry);
    }

    void onStart(@ObservesAsync HttpServerStart started) {
        for (HttpServerImpl server : ((VertxInternal) vertx).sharedHttpServers().values()) {
            Future<Channel> bound = listeningChannel(server);
            if (bound == null) {
                LOG.error("Request read deadlines are OFF: Vert.x no longer exposes its listening channel where expected");
                return;
            }
            bound.onSuccess(this::tap);
        }
    }

    private synchronized void tap(Channel listening) {
        if (listening.pipeline().get(ACCEPTOR_NAME) == null) {
            long headerNanos = config.headerTimeout().toNanos();
            long requestNanos = config.requestReadTimeout().toNanos();
            listening.pipeline().addFirst(ACCEPTOR_NAME, new Acceptor(() -> new ReadDeadline(headerNanos, requestNanos, cutOff::increment)));
            LOG.infof("Request read deadlines on %s: headers within %s, whole request within %s",
                    listening.localAddress(), config.headerTimeout(), config.requestReadTimeout());
        }
    }

    @SuppressWarnings("unchecked")
    private static Future<Channel> listeningChannel(TCPServerBase server) {
        try {
            Field field = TCPServerBase.class.getDeclaredField("bindFuture");
            field.setAccessible(true);
            return (Future<Channel>) field.get(server);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** On the listening channel: each accepted connection gets its own deadline, first in its pipeline. */
    @ChannelHandler.Sharable
    static final class Acceptor extends ChannelInboundHandlerAdapter {

        private final Supplier<ReadDeadline> deadlines;

        Acceptor(Supplier<ReadDeadline> deadlines) {
            this.deadlines = deadlines;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Channel accepted) {
                accepted.pipeline().addFirst(ReadDeadline.NAME, deadlines.get());
            }
            ctx.fireChannelRead(msg);
        }
    }
}
