package org.earlyhelp.assessment.csc;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Read side of {@code csc_involvement}, for the visibility rule. */
@Entity
@Table(name = "csc_involvement")
@IdClass(CscInvolvementRecord.Key.class)
public class CscInvolvementRecord {
    @Id
    @Column(name = "family_id")
    public UUID familyId;
    @Id
    public UUID ref;
    public String area;
    public String kind;
    public Instant since;

    public static class Key implements Serializable {
        public UUID familyId;
        public UUID ref;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(familyId, k.familyId) && java.util.Objects.equals(ref, k.ref);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(familyId, ref);
        }
    }
}
