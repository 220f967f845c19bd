package org.earlyhelp.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.inbox.IncomingEvent;
import org.earlyhelp.platform.work.DueWork;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every event passes through the webhook queue, and the workers claim due rows every second: their native queries
 * must reuse Hibernate's cached plan. Given a result class, Hibernate 7.2 made a new plan on every call, until its
 * cache held 2 048 copies of one query, all in one hash bucket (a third of this service's CPU under load).
 */
@QuarkusTest
class QueryPlanReuseTest {

    static final int CALLS = 20;

    @Inject
    WebhookQueue queue;

    @Inject
    EntityManager entityManager;

    int cachedPlans() {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }

    IncomingEvent event() {
        return new IncomingEvent(UUID.randomUUID(), "earlyhelp.assessment.assessment-shared.v1", Optional.empty(), null,
                "{\"familyId\":\"" + UUID.randomUUID() + "\",\"area\":\"" + TestTokens.DEFAULT_AREA + "\"}");
    }

    void claimDueWebhooks() {
        QuarkusTransaction.requiringNew().run(() -> DueWork.claim(entityManager, "webhook_delivery", 1, Duration.ofSeconds(1),
                Instant.parse("2000-01-01T00:00:00Z")));
    }

    @Test
    @DisplayName("queueing events for webhooks and claiming due work again and again reuses their cached query plans")
    void nativeQueriesReuseTheirPlans() {
        queue.queue(event());
        claimDueWebhooks();
        int before = cachedPlans();

        for (int i = 0; i < CALLS; i++) {
            queue.queue(event());
            claimDueWebhooks();
        }

        // each of the 2 × 20 calls added a plan before; other work of the running service may add a few of its own
        assertThat(cachedPlans() - before).isLessThan(CALLS / 2);
    }
}
