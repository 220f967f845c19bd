package org.earlyhelp.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One change of lead professional, kept as history (a warm handover: introduced in person). */
@Entity
@Table(name = "lead_professional_handover")
public class Handover {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private FamilyPlan plan;
    @Column(name = "from_user_id")
    private String fromUserId;
    @Column(name = "from_name")
    private String fromName;
    @Column(name = "from_agency")
    private String fromAgency;
    @Column(name = "to_user_id")
    private String toUserId;
    @Column(name = "to_name")
    private String toName;
    @Column(name = "to_agency")
    private String toAgency;
    @Column(name = "to_role")
    private String toRole;
    @Column(name = "warm_handover_on")
    private LocalDate warmHandoverOn;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "family_agreed")
    private Boolean familyAgreed;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private HandoverStatus status;
    @Column(name = "held_on")
    private LocalDate heldOn;

    protected Handover() {
    }

    /** PLANNED when {@code heldOn} is null (a warm handover still to come), else HELD on it. */
    Handover(FamilyPlan plan, LeadProfessional from, LeadProfessional to, boolean familyAgreed, LocalDate warmHandoverOn,
            LocalDate heldOn, String note, String recordedBy, Instant recordedAt) {
        this.familyAgreed = familyAgreed;
        this.status = heldOn == null ? HandoverStatus.PLANNED : HandoverStatus.HELD;
        this.heldOn = heldOn;
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.fromUserId = from.userId();
        this.fromName = from.name();
        this.fromAgency = from.agency();
        this.toUserId = to.userId();
        this.toName = to.name();
        this.toAgency = to.agency();
        this.toRole = to.role();
        this.warmHandoverOn = warmHandoverOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A planned warm handover took place on {@code on}. */
    void held(LocalDate on) {
        status = HandoverStatus.HELD;
        heldOn = on;
    }

    public boolean isHeld() {
        return status == HandoverStatus.HELD;
    }

    public UUID id() { return id; }
    public Boolean familyAgreed() { return familyAgreed; }
    public HandoverStatus status() { return status; }
    public LocalDate heldOn() { return heldOn; }
    public String fromUserId() { return fromUserId; }
    public String toUserId() { return toUserId; }
    public LocalDate warmHandoverOn() { return warmHandoverOn; }
    public String note() { return note; }
    public Instant recordedAt() { return recordedAt; }
}
