package org.earlyhelp.assessment.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;

import io.quarkus.security.ForbiddenException;

/**
 * A decision to share, or not to share, a family's information: what, with whom, when, why, and on what ground
 * (domain.md, "Recording and sharing", "Sharing without consent"). Sharing on {@code CONSENT} is checked against the
 * family's consents; sharing on any other ground is agreed, or not, by a manager of the area with their own token, never
 * by the practitioner who asked.
 */
@Entity
@Table(name = "sharing_decision")
public class SharingDecision {

    public static final String NEEDS_A_REASON = "sharing-decision-needs-a-reason";
    public static final String WITHOUT_CONSENT_NEEDS_A_GROUND = "sharing-without-consent-needs-a-ground";
    public static final String WITH_CONSENT_MATCHES_GROUND = "with-consent-matches-ground";
    public static final String GROUND_ONLY_WHEN_SHARING = "ground-only-when-sharing";
    public static final String SHARED_ON_ONLY_WHEN_SHARING = "shared-on-only-when-sharing";
    public static final String ON_CONSENT_NEEDS_AN_ACTIVE_CONSENT = "sharing-on-consent-needs-an-active-consent";
    public static final String SHARED_AFTER_CONSENT = "shared-after-consent";
    public static final String WITHOUT_CONSENT_NEEDS_A_MANAGER = "sharing-without-consent-needs-a-manager";
    public static final String MANAGER_IS_NOT_THE_REQUESTER = "manager-is-not-the-requester";
    public static final String REFUSAL_NEEDS_A_NOTE = "refused-approval-needs-a-note";
    /** When the information actually went is recorded once (409), and only once it may go: recorded or agreed (409). */
    public static final String SHARED_ON_RECORDED_ONCE = "shared-on-recorded-once";
    public static final String SHARED_ONLY_WHEN_AGREED = "shared-only-when-agreed";
    /** A share agreed by a manager went on or after the day they agreed. */
    public static final String SHARED_AFTER_APPROVAL = "shared-after-approval";

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    private boolean shared;
    @Column(name = "with_consent")
    private boolean withConsent;
    @Enumerated(EnumType.STRING)
    private SharingGround ground;
    private String what;
    @Column(name = "with_whom")
    private String withWhom;
    private String reason;
    @Column(name = "manager_user_id")
    private String managerUserId;
    @Column(name = "shared_on")
    private LocalDate sharedOn;
    @Enumerated(EnumType.STRING)
    private SharingDecisionStatus status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "approval_decided_by")
    private String approvalDecidedBy;
    @Column(name = "approval_decided_on")
    private LocalDate approvalDecidedOn;
    @Column(name = "approval_note")
    private String approvalNote;

    protected SharingDecision() {
    }

    /**
     * What the practitioner asks for. {@code withConsent} and {@code ground} may both be given (they must agree:
     * {@code withConsent} is true exactly when the ground is CONSENT) or one of them: a share with {@code withConsent: true}
     * and no ground is on CONSENT; one without consent needs its ground.
     */
    public record Proposal(boolean shared, Boolean withConsent, SharingGround ground, String what, String withWhom, String reason,
            String managerUserId, LocalDate sharedOn) {
    }

    /** The decision and the events it raised (SharingApprovalRequested when it awaits a manager). */
    public record Recorded(SharingDecision decision, List<FamilyEvent> events) {
    }

    /**
     * Records a decision for the family. Every decision has a reason ({@value #NEEDS_A_REASON}). A decision not to share has
     * no ground and no {@code sharedOn} ({@value #GROUND_ONLY_WHEN_SHARING}, {@value #SHARED_ON_ONLY_WHEN_SHARING}) and is
     * RECORDED. A share names its ground ({@value #WITHOUT_CONSENT_NEEDS_A_GROUND}, {@value #WITH_CONSENT_MATCHES_GROUND});
     * {@code sharedOn}, when given, is a recorded date (not after today). On CONSENT an active INFORMATION_SHARING consent of
     * the family must name the agency shared with ({@value #ON_CONSENT_NEEDS_AN_ACTIVE_CONSENT}) and have been given by
     * {@code sharedOn} ({@value #SHARED_AFTER_CONSENT}); it is RECORDED. On any other ground it names the manager to agree
     * ({@value #WITHOUT_CONSENT_NEEDS_A_MANAGER}), not the requester ({@value #MANAGER_IS_NOT_THE_REQUESTER}), and is
     * PENDING_APPROVAL.
     *
     * @param familyConsents the family's consents, withdrawn ones too
     */
    public static Recorded record(UUID familyId, String area, Proposal p, List<Consent> familyConsents, Caller caller, Clock clock) {
        if (p.reason() == null || p.reason().isBlank()) {
            throw new RuleViolation(NEEDS_A_REASON, "Every decision to share or not to share needs its reason");
        }
        SharingDecision decision = new SharingDecision();
        decision.id = UUID.randomUUID();
        decision.area = area;
        decision.familyId = familyId;
        decision.shared = p.shared();
        decision.what = p.what();
        decision.withWhom = p.withWhom();
        decision.reason = p.reason();
        decision.managerUserId = p.managerUserId() == null || p.managerUserId().isBlank() ? null : p.managerUserId().trim();
        decision.decidedBy = caller.userId();
        decision.decidedAt = clock.instant();
        if (!p.shared()) {
            if (p.ground() != null) {
                throw new RuleViolation(GROUND_ONLY_WHEN_SHARING, "A decision not to share has no ground: leave ground out, or set shared: true");
            }
            if (p.sharedOn() != null) {
                throw new RuleViolation(SHARED_ON_ONLY_WHEN_SHARING, "A decision not to share has no sharedOn");
            }
            decision.withConsent = Boolean.TRUE.equals(p.withConsent());
            decision.status = SharingDecisionStatus.RECORDED;
            return new Recorded(decision, List.of());
        }
        SharingGround ground = groundOf(p);
        decision.ground = ground;
        decision.withConsent = ground == SharingGround.CONSENT;
        decision.sharedOn = RecordedDates.notAfterToday("sharedOn", p.sharedOn(), clock);
        if (ground == SharingGround.CONSENT) {
            Consent consent = consentNaming(p.withWhom(), familyConsents).orElseThrow(() -> new RuleViolation(ON_CONSENT_NEEDS_AN_ACTIVE_CONSENT,
                    "No active consent of this family for INFORMATION_SHARING names the agency in withWhom: record the consent first,"
                            + " or share on another ground with a manager's agreement"));
            RecordedDates.notBefore(SHARED_AFTER_CONSENT, "sharedOn", p.sharedOn(), "the consent to share with that agency (givenOn)",
                    consent.givenOn());
            decision.status = SharingDecisionStatus.RECORDED;
            return new Recorded(decision, List.of());
        }
        if (decision.managerUserId == null) {
            throw new RuleViolation(WITHOUT_CONSENT_NEEDS_A_MANAGER,
                    "Sharing without consent must be agreed with a manager: managerUserId is required");
        }
        if (decision.managerUserId.equals(caller.userId())) {
            throw new RuleViolation(MANAGER_IS_NOT_THE_REQUESTER, "managerUserId names you: another manager of the area agrees to it");
        }
        decision.status = SharingDecisionStatus.PENDING_APPROVAL;
        return new Recorded(decision, List.of(new SharingApprovalRequestedV1(familyId, area, decision.id, ground.name(),
                decision.managerUserId, caller.userId(), RecordedDates.today(clock))));
    }

    private static SharingGround groundOf(Proposal p) {
        if (p.ground() == null) {
            if (Boolean.TRUE.equals(p.withConsent())) {
                return SharingGround.CONSENT;
            }
            throw new RuleViolation(WITHOUT_CONSENT_NEEDS_A_GROUND,
                    "Sharing without consent needs its ground: SIGNIFICANT_HARM, PREVENTION_OF_CRIME or LEGAL_DUTY");
        }
        if (p.withConsent() != null && p.withConsent() != (p.ground() == SharingGround.CONSENT)) {
            throw new RuleViolation(WITH_CONSENT_MATCHES_GROUND, "withConsent is " + p.withConsent() + " but the ground is " + p.ground()
                    + ": withConsent is true exactly when the ground is CONSENT (or leave it out)");
        }
        return p.ground();
    }

    /** The earliest active consent for INFORMATION_SHARING naming {@code agency} (case and outer spaces ignored). */
    static Optional<Consent> consentNaming(String agency, List<Consent> familyConsents) {
        String wanted = agency == null ? "" : agency.trim().toLowerCase(Locale.ROOT);
        return familyConsents.stream()
                .filter(Consent::isActive)
                .filter(c -> c.purposes().contains(ConsentPurpose.INFORMATION_SHARING))
                .filter(c -> c.sharedWithAgencies().stream().anyMatch(a -> a.trim().toLowerCase(Locale.ROOT).equals(wanted)))
                .min(Comparator.comparing(Consent::givenOn));
    }

    /** A manager of the decision's area who did not record it. */
    public boolean mayBeApprovedBy(Caller caller) {
        return caller.hasRole(Roles.MANAGER) && caller.area().equals(area) && !caller.userId().equals(decidedBy);
    }

    /** Awaits, or had, a manager's agreement: a share on a ground other than consent. */
    public boolean needsApproval() {
        return shared && ground != null && ground != SharingGround.CONSENT;
    }

    /**
     * A manager agrees, or not, to sharing without consent: only a manager of the area who is not the requester (403);
     * once, while PENDING_APPROVAL (409); a refusal says why ({@value #REFUSAL_NEEDS_A_NOTE}). Dated today by the platform clock.
     *
     * @return SharingDecisionApproved or SharingDecisionRefused (ids, the ground and the date; not the note)
     */
    public FamilyEvent decideApproval(boolean approved, String note, Caller caller, Clock clock) {
        if (!mayBeApprovedBy(caller)) {
            throw new ForbiddenException("Only a manager of the area who did not record this decision may agree to it or refuse it");
        }
        if (status != SharingDecisionStatus.PENDING_APPROVAL) {
            throw new ConflictingState(status == SharingDecisionStatus.RECORDED
                    ? "This decision awaits no manager's agreement"
                    : "This decision was already " + status + " on " + approvalDecidedOn);
        }
        if (!approved && (note == null || note.isBlank())) {
            throw new RuleViolation(REFUSAL_NEEDS_A_NOTE, "Say why the sharing is not agreed: a note is required with approved: false");
        }
        LocalDate today = RecordedDates.today(clock);
        status = approved ? SharingDecisionStatus.APPROVED : SharingDecisionStatus.REFUSED;
        approvalDecidedBy = caller.userId();
        approvalDecidedOn = today;
        approvalNote = note == null || note.isBlank() ? null : note.trim();
        return approved
                ? new SharingDecisionApprovedV1(familyId, area, id, ground.name(), caller.userId(), decidedBy, today)
                : new SharingDecisionRefusedV1(familyId, area, id, ground.name(), caller.userId(), decidedBy, today);
    }

    /**
     * The day the information was actually shared, recorded after the decision (when it was not given with it): a recorded date,
     * not after today; a share agreed by a manager not before they agreed ({@value #SHARED_AFTER_APPROVAL}), one on consent not
     * before that consent ({@value #SHARED_AFTER_CONSENT}). Only by the practitioner who recorded the decision or the area's
     * early help team (403); only for a share that may go: RECORDED or APPROVED (409 {@value #SHARED_ONLY_WHEN_AGREED}; a
     * decision not to share is 422 {@value #SHARED_ON_ONLY_WHEN_SHARING}); once (409 {@value #SHARED_ON_RECORDED_ONCE}).
     */
    public void recordShared(LocalDate on, List<Consent> familyConsents, Caller caller, Clock clock) {
        if (!caller.userId().equals(decidedBy) && !caller.hasRole(Roles.EARLY_HELP_TEAM)) {
            throw new ForbiddenException("Only the practitioner who recorded this decision, or the early help team, records when it was shared");
        }
        if (!shared) {
            throw new RuleViolation(SHARED_ON_ONLY_WHEN_SHARING, "This is a decision not to share: there is no sharedOn to record");
        }
        if (status == SharingDecisionStatus.PENDING_APPROVAL || status == SharingDecisionStatus.REFUSED) {
            throw ConflictingState.ofRule(SHARED_ONLY_WHEN_AGREED, status == SharingDecisionStatus.REFUSED
                    ? "A manager refused this share on " + approvalDecidedOn + ": it must not be shared"
                    : "This share awaits a manager's agreement: share only once it is approved");
        }
        if (sharedOn != null) {
            throw ConflictingState.ofRule(SHARED_ON_RECORDED_ONCE, "This decision already records that it was shared on " + sharedOn);
        }
        RecordedDates.notAfterToday("sharedOn", on, clock);
        if (status == SharingDecisionStatus.APPROVED) {
            RecordedDates.notBefore(SHARED_AFTER_APPROVAL, "sharedOn", on, "the manager's agreement (approval.decidedOn)", approvalDecidedOn);
        } else if (ground == SharingGround.CONSENT) {
            RecordedDates.notBefore(SHARED_AFTER_CONSENT, "sharedOn", on, "the consent it rests on (givenOn)",
                    consentNaming(withWhom, familyConsents).map(Consent::givenOn).orElse(null));
        }
        sharedOn = on;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public boolean shared() { return shared; }
    public boolean withConsent() { return withConsent; }
    public SharingGround ground() { return ground; }
    public String what() { return what; }
    public String withWhom() { return withWhom; }
    public String reason() { return reason; }
    public String managerUserId() { return managerUserId; }
    public LocalDate sharedOn() { return sharedOn; }
    public SharingDecisionStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String approvalDecidedBy() { return approvalDecidedBy; }
    public LocalDate approvalDecidedOn() { return approvalDecidedOn; }
    public String approvalNote() { return approvalNote; }
}
