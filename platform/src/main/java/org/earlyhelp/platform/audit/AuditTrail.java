package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.security.Caller;

/**
 * Writes the audit trail. A write is audited in its own transaction (the entry commits with
 * the change or not at all); a read joins or opens one.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final java.time.Clock clock;

    public AuditTrail(EntityManager entityManager, java.time.Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The trail of one family in one area, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.earlyhelp.platform.web.Page<AuditEntry> ofFamily(String area, UUID familyId, org.earlyhelp.platform.web.PageRequest page) {
        var query = entityManager.createQuery("from AuditEntry where area = :area and familyId = :family order by at desc, id", AuditEntry.class)
                .setParameter("area", area).setParameter("family", familyId);
        long total = entityManager.createQuery("select count(e) from AuditEntry e where e.area = :area and e.familyId = :family", Long.class)
                .setParameter("area", area).setParameter("family", familyId).getSingleResult();
        return new org.earlyhelp.platform.web.Page<>(query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList(),
                page.page, page.size, total);
    }

    @Transactional
    public void record(Caller caller, String action, UUID familyId, String resourceRef) {
        entityManager.persist(entry(caller, action, familyId, resourceRef, AuditEntry.ALLOWED, clock.instant()));
    }

    /**
     * One entry per family for a read that lists many families (a report's claims), written as one statement: a list of a
     * few thousand families costs one round trip, not one insert each.
     */
    @Transactional
    public void recordEach(Caller caller, String action, java.util.Collection<UUID> familyIds, String resourceRef) {
        if (familyIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into audit_entry (id, at, user_id, agency, area, action, family_id, resource_ref, outcome)"
                + " select gen_random_uuid(), :at, :user, cast(:agency as text), :area, :action, family, cast(:ref as text), 'ALLOWED'"
                + " from unnest(cast(string_to_array(:families, ',') as uuid[])) as family")
                .setParameter("at", clock.instant()).setParameter("user", caller.userId()).setParameter("agency", caller.agency())
                .setParameter("area", caller.area()).setParameter("action", action).setParameter("ref", resourceRef)
                .setParameter("families", familyIds.stream().map(UUID::toString).distinct()
                        .collect(java.util.stream.Collectors.joining(",")))
                .executeUpdate();
    }

    /** One record a list read showed: the family it belongs to (null for none) and which record. */
    public record Read(UUID familyId, String resourceRef) {
    }

    /** The most entries one statement writes; a longer list is written in statements of this many. */
    public static final int ENTRIES_PER_STATEMENT = 500;

    /**
     * One {@code ALLOWED} entry per record a list read showed (a page of plans, an inbox, a search), each with its own family
     * and resource, written as one {@code insert ... select} per {@link #ENTRIES_PER_STATEMENT} records instead of one insert
     * each. The entries are those {@link #record} would write one by one, at one instant.
     */
    @Transactional
    public void recordAll(Caller caller, String action, java.util.List<Read> reads) {
        java.time.Instant at = clock.instant();
        for (int from = 0; from < reads.size(); from += ENTRIES_PER_STATEMENT) {
            java.util.List<Read> chunk = reads.subList(from, Math.min(reads.size(), from + ENTRIES_PER_STATEMENT));
            entityManager.createNativeQuery(INSERT_ALL).setParameter("at", at).setParameter("user", caller.userId())
                    .setParameter("agency", caller.agency()).setParameter("area", caller.area()).setParameter("action", action)
                    .setParameter("reads", asJson(chunk)).executeUpdate();
        }
    }

    /** The statement of {@link #recordAll}: the records travel as one JSON array, so any resource text is safely escaped. */
    static final String INSERT_ALL = "insert into audit_entry (id, at, user_id, agency, area, action, family_id, resource_ref, outcome)"
            + " select gen_random_uuid(), :at, :user, cast(:agency as text), :area, :action, r.family, r.ref, 'ALLOWED'"
            + " from jsonb_to_recordset(cast(:reads as jsonb)) as r(family uuid, ref text)";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** {@code [{"family": "<uuid>|null", "ref": "..."}, ...]}, in the order given. */
    static String asJson(java.util.List<Read> reads) {
        var rows = JSON.createArrayNode();
        for (Read read : reads) {
            rows.addObject().put("family", read.familyId() == null ? null : read.familyId().toString()).put("ref", read.resourceRef());
        }
        return rows.toString();
    }

    /**
     * An attempt on a family's records that was refused (the caller does not see the family, or the family does not
     * exist in their area). Written in a transaction of its own, so it stays when the request's transaction rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(Caller caller, String action, UUID familyId, String resourceRef) {
        entityManager.persist(entry(caller, action, familyId, resourceRef, AuditEntry.REFUSED, clock.instant()));
    }

    private static AuditEntry entry(Caller caller, String action, UUID familyId, String resourceRef, String outcome, Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = at;
        entry.userId = caller.userId();
        entry.agency = caller.agency();
        entry.area = caller.area();
        entry.action = action;
        entry.familyId = familyId;
        entry.resourceRef = resourceRef;
        entry.outcome = outcome;
        return entry;
    }
}
