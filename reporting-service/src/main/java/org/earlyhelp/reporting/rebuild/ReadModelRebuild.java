package org.earlyhelp.reporting.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.consuming.Replay;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.reporting.episodes.EpisodeLedger;
import org.earlyhelp.reporting.sql.Sql;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the read model from the topics: in one transaction the read model's tables and this service's inbox rows are
 * cleared, then the consumers are sent back to the first event of every partition ({@link Replay}) and the events apply again.
 */
@ApplicationScoped
public class ReadModelRebuild {

    public static final String REBUILD = "rebuild-reports";
    public static final String CONSUMERS_NOT_READY = "consumers-not-ready";

    /** Every table of the read model (V2__episodes.sql). */
    public static final List<String> TABLES = List.of("episode", "plan_origin", "origin", "origin_child", "origin_need", "review",
            "lead_change", "step_up", "episode_need");

    private final Sql sql;
    private final Replay replay;
    private final AuditTrail audit;
    private final Clock clock;

    public ReadModelRebuild(Sql sql, Replay replay, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.replay = replay;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refused (409 {@value #CONSUMERS_NOT_READY}) while a consumer holds no partition: what it cleared would not come back. */
    public Started start(Caller caller) {
        Map<String, Integer> assigned = replay.assignedPartitions();
        if (assigned.values().stream().anyMatch(partitions -> partitions == 0)) {
            throw ConflictingState.ofRule(CONSUMERS_NOT_READY, "The consumers hold no partition yet " + assigned
                    + ": nothing was cleared; try again in a few seconds");
        }
        Instant startedAt = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            sql.statement("truncate table " + String.join(", ", TABLES)).update();
            sql.statement("delete from inbox where consumer = :consumer").with("consumer", EpisodeLedger.CONSUMER).update();
            audit.record(caller, REBUILD, null, "reports/read-model");
        });
        return new Started(startedAt, replay.fromStart());
    }

    /** When the rebuild started, and the partitions each channel reads again. */
    public record Started(Instant startedAt, Map<String, Integer> partitions) {
    }
}
