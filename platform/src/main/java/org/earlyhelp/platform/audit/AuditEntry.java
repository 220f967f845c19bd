package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One access to a family's records: who, from which agency, did what, to which family, when, and whether it was allowed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    public UUID id;
    @Column(nullable = false)
    public Instant at;
    @Column(name = "user_id", nullable = false)
    public String userId;
    public String agency;
    @Column(nullable = false)
    public String area;
    @Column(nullable = false)
    public String action;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "resource_ref")
    public String resourceRef;
    /** {@code ALLOWED}, or {@code REFUSED} for an attempt the caller's relationship to the family did not allow. */
    @Column(nullable = false)
    public String outcome = ALLOWED;

    public static final String ALLOWED = "ALLOWED";
    public static final String REFUSED = "REFUSED";
}
