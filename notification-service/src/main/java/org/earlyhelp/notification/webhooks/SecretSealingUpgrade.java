package org.earlyhelp.notification.webhooks;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Seals the signing secrets stored in clear before secrets were sealed at rest (V8 cannot: SQL has no sealing key). Runs
 * at every start, after Flyway: it finds only rows whose secret is not yet {@code sealed:...}, so a second run (or a
 * second replica, which skips the rows the first has locked) changes nothing. Each sealed row's version moves on, so a
 * write still holding the clear value (another replica, mid-request) fails as a conflict instead of writing it back.
 * Logs how many, never which or what.
 */
@ApplicationScoped
public class SecretSealingUpgrade {

    private static final Logger LOG = Logger.getLogger(SecretSealingUpgrade.class);

    private final EntityManager entityManager;
    private final SealedSecrets secrets;

    public SecretSealingUpgrade(EntityManager entityManager, SealedSecrets secrets) {
        this.entityManager = entityManager;
        this.secrets = secrets;
    }

    void onStart(@Observes StartupEvent start) {
        int sealed = sealSecretsInClear();
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook signing secret(s) stored in clear", sealed);
        }
    }

    /** @return how many secrets were sealed */
    @Transactional
    public int sealSecretsInClear() {
        @SuppressWarnings("unchecked")
        List<Object[]> clear = entityManager.createNativeQuery("""
                select id, secret from webhook_subscription where secret not like 'sealed:%' for update skip locked""").getResultList();
        for (Object[] row : clear) {
            entityManager.createNativeQuery("update webhook_subscription set secret = :sealed, version = version + 1 where id = :id")
                    .setParameter("sealed", secrets.seal((String) row[1])).setParameter("id", row[0]).executeUpdate();
        }
        return clear.size();
    }
}
