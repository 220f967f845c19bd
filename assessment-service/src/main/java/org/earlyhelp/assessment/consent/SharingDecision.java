package org.earlyhelp.assessment.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;

/**
 * A decision to share, or not to share, a family's information: what, with whom, when, why
 * (domain.md, "Recording and sharing"). Sharing without consent is lawful only where a child may
 * be at risk of significant harm, and is then a professional decision with its reason, shared
 * with a manager.
 */
@Entity
@Table(name = "sharing_decision")
public class SharingDecision {
    @Id
    private UUID id;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    private boolean shared;
    @Column(name = "with_consent")
    private boolean withConsent;
    private String what;
    @Column(name = "with_whom")
    private String withWhom;
    private String reason;
    @Column(name = "manager_user_id")
    private String managerUserId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SharingDecision() {
    }

    public static SharingDecision record(UUID familyId, boolean shared, boolean withConsent, String what, String withWhom,
            String reason, String managerUserId, Caller caller, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("sharing-decision-needs-a-reason", "Every decision to share or not to share needs its reason");
        }
        if (shared && !withConsent && (managerUserId == null || managerUserId.isBlank())) {
            throw new RuleViolation("sharing-without-consent-needs-a-manager",
                    "Sharing without consent must be agreed with a manager: managerUserId is required");
        }
        SharingDecision decision = new SharingDecision();
        decision.id = UUID.randomUUID();
        decision.area = caller.area();
        decision.familyId = familyId;
        decision.shared = shared;
        decision.withConsent = withConsent;
        decision.what = what;
        decision.withWhom = withWhom;
        decision.reason = reason;
        decision.managerUserId = managerUserId == null || managerUserId.isBlank() ? null : managerUserId;
        decision.decidedBy = caller.userId();
        decision.decidedAt = now;
        return decision;
    }

    public UUID id() { return id; }
    public UUID familyId() { return familyId; }
    public boolean shared() { return shared; }
    public boolean withConsent() { return withConsent; }
    public String what() { return what; }
    public String withWhom() { return withWhom; }
    public String reason() { return reason; }
    public String managerUserId() { return managerUserId; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
