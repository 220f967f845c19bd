package org.earlyhelp.platform.idempotency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The keys seen and their first answers; each step in a transaction of its own, apart from the write it guards. */
@ApplicationScoped
public class IdempotencyStore {

    public record Entry(String requestHash, Integer status, String body, String location) {
        boolean isComplete() {
            return status != null;
        }
    }

    private final EntityManager entityManager;

    public IdempotencyStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return empty when this call claimed the key; else what is stored for it. */
    public Optional<Entry> claim(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery("""
                    insert into idempotency_key (caller_id, idempotency_key, request_hash, created_at)
                    values (:caller, :key, :hash, now()) on conflict do nothing""")
                    .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash).executeUpdate();
            if (claimed == 1) {
                return Optional.<Entry>empty();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select request_hash, status, response_body, location from idempotency_key
                    where caller_id = :caller and idempotency_key = :key""")
                    .setParameter("caller", caller).setParameter("key", key).getResultList();
            Object[] row = rows.get(0);
            return Optional.of(new Entry((String) row[0], (Integer) row[1], (String) row[2], (String) row[3]));
        });
    }

    public void complete(String caller, String key, int status, String body, String location) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update idempotency_key set status = :status, response_body = :body, location = :location
                where caller_id = :caller and idempotency_key = :key""")
                .setParameter("status", status).setParameter("body", body).setParameter("location", location)
                .setParameter("caller", caller).setParameter("key", key).executeUpdate());
    }

    /** The write failed: the key is free again, so the caller can retry with it. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from idempotency_key where caller_id = :caller and idempotency_key = :key and status is null")
                .setParameter("caller", caller).setParameter("key", key).executeUpdate());
    }
}
