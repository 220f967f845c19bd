package org.earlyhelp.platform.work;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

/**
 * Claims a batch of due rows of a work table (one with {@code id uuid}, {@code status} and
 * {@code next_attempt_at}) for one worker: {@code for update skip locked}, so two replicas never
 * take the same row, and a lease (the row's next attempt moved on), so a worker that dies
 * mid-way leaves the row to be taken again when the lease ends. Call it in a transaction of its
 * own and do the slow part (an HTTP call, an email) after it commits.
 */
public final class DueWork {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    @SuppressWarnings("unchecked")
    public static List<UUID> claim(EntityManager entityManager, String table, int batch, Duration lease, Instant now) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return entityManager.createNativeQuery("""
                update %1$s set next_attempt_at = :lease
                where id in (select id from %1$s where status = 'PENDING' and next_attempt_at <= :now
                             order by next_attempt_at limit :batch for update skip locked)
                returning id""".formatted(table)) // no result class: with one, Hibernate 7.2 caches a new plan per call
                .setParameter("lease", now.plus(lease)).setParameter("now", now).setParameter("batch", batch).getResultList();
    }

    private DueWork() {
    }
}
