package org.earlyhelp.notification.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A caller's new notifications as a stream. It polls the database (every second by default)
 * rather than listening in memory, so it sees what any replica wrote; it looks back a window
 * and remembers what it sent, so a notification that commits late is still sent, and sent once.
 */
@ApplicationScoped
public class NotificationStream {

    private static final Duration LOOK_BACK = Duration.ofSeconds(30);

    private final NotificationService notifications;
    private final Clock clock;
    private final Duration every;
    private final Duration heartbeat;

    public NotificationStream(NotificationService notifications, Clock clock,
            @ConfigProperty(name = "earlyhelp.notifications.stream-poll", defaultValue = "1s") Duration every,
            @ConfigProperty(name = "earlyhelp.notifications.stream-heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.notifications = notifications;
        this.clock = clock;
        this.every = every;
        this.heartbeat = heartbeat;
    }

    /**
     * Ticks at once and then every {@code earlyhelp.notifications.stream-heartbeat} (15 s): the stream sends each as an SSE
     * comment, which a client ignores. The first gets the answer's head through the gateway's proxy at once (it sends the
     * head with the first bytes of the body), so an {@code EventSource} opens without waiting for a notification; the
     * rest keep a quiet stream inside the gateway's 30 s idle timeouts.
     */
    public Multi<Long> heartbeats() {
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(0L),
                Multi.createFrom().ticks().every(heartbeat).map(tick -> tick + 1));
    }

    public Multi<Notification> of(Caller caller) {
        Instant opened = clock.instant();
        Map<UUID, Instant> sent = new LinkedHashMap<>();
        return Multi.createFrom().ticks().every(every)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    Instant now = clock.instant();
                    Instant from = opened.isAfter(now.minus(LOOK_BACK)) ? opened : now.minus(LOOK_BACK);
                    sent.values().removeIf(at -> at.isBefore(from));
                    List<Notification> fresh = notifications.arrivedAfter(caller, from, 200).stream()
                            .filter(n -> !sent.containsKey(n.id())).toList();
                    fresh.forEach(n -> sent.put(n.id(), n.createdAt()));
                    if (!fresh.isEmpty()) {
                        notifications.streamed(caller, fresh);
                    }
                    return fresh;
                });
    }
}
