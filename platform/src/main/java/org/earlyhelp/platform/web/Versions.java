package org.earlyhelp.platform.web;

import jakarta.ws.rs.core.EntityTag;

/** ETags from {@code @Version}, and the {@code If-Match} check: a stale version is 412, never a silent overwrite. */
public final class Versions {

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * A change inside an aggregate (a member, a goal, an action added) is a new version of its root.
     * Taken at once ({@code PESSIMISTIC_FORCE_INCREMENT}), so the ETag in the answer is the stored
     * version, and concurrent writers of the same aggregate wait their turn. (The optimistic variant
     * bumps at commit, after the answer is built, and answered an ETag one version behind.)
     */
    public static void newVersion(jakarta.persistence.EntityManager entityManager, Object aggregateRoot) {
        entityManager.lock(aggregateRoot, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** No {@code If-Match}: the write goes ahead (optimistic locking still guards it). A different version: 412. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        if (!expected.equals(Long.toString(currentVersion))) {
            throw new StaleVersion(expected, currentVersion);
        }
    }

    /** 412 Precondition Failed. */
    public static class StaleVersion extends RuntimeException {
        public StaleVersion(String expected, long current) {
            super("If-Match names version " + expected + " but the record is now at version " + current + ": read it again");
        }
    }

    private Versions() {
    }
}
