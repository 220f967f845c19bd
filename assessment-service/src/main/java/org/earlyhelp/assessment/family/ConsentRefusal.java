package org.earlyhelp.assessment.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The family said no (domain.md, "When a family says no"): who refused, when, their reasons, which universal services
 * were offered, and that they were told the refusal itself is recorded. Part of the family's record; the door stays open
 * (a later consent is still possible). Made by {@link Family#recordRefusal}.
 */
@Entity
@Table(name = "consent_refusal")
public class ConsentRefusal {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    private Family family;
    private String area;
    @Column(name = "refused_by_member_id")
    private UUID refusedByMemberId;
    @Column(name = "refused_on")
    private LocalDate refusedOn;
    private String reasons;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "universal_services_offered")
    private List<String> universalServicesOffered;
    @Column(name = "told_data_is_recorded")
    private boolean toldDataIsRecorded;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ConsentRefusal() {
    }

    ConsentRefusal(Family family, UUID refusedByMemberId, LocalDate refusedOn, String reasons, List<String> universalServicesOffered,
            String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.family = family;
        this.area = family.area();
        this.refusedByMemberId = refusedByMemberId;
        this.refusedOn = refusedOn;
        this.reasons = reasons.trim();
        this.universalServicesOffered = universalServicesOffered.stream().map(String::trim).toList();
        this.toldDataIsRecorded = true;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public UUID refusedByMemberId() { return refusedByMemberId; }
    public LocalDate refusedOn() { return refusedOn; }
    public String reasons() { return reasons; }
    public List<String> universalServicesOffered() { return List.copyOf(universalServicesOffered); }
    public boolean toldDataIsRecorded() { return toldDataIsRecorded; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
