package org.earlyhelp.referral.stepdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * CSC's proposal that early help continues with a family, and early help's answer. The rules
 * of domain.md: the family must have consented, a lead professional is agreed, and a step-down
 * is accepted once (a second acceptance is a conflict, never a second plan).
 */
@Entity
@Table(name = "step_down")
public class StepDown {

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "child_member_ids")
    private List<UUID> childMemberIds;
    @Column(name = "csc_case_reference")
    private String cscCaseReference;
    @Column(name = "social_worker_user_id")
    private String socialWorkerUserId;
    @Column(name = "social_worker_name")
    private String socialWorkerName;
    private String reason;
    @Column(name = "family_consented")
    private boolean familyConsented;
    @Column(name = "proposed_lp_user_id")
    private String proposedLpUserId;
    @Column(name = "proposed_lp_name")
    private String proposedLpName;
    @Column(name = "proposed_lp_agency")
    private String proposedLpAgency;
    @Column(name = "proposed_lp_role")
    private String proposedLpRole;
    @Column(name = "warm_handover_on")
    private LocalDate warmHandoverOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goals_carried_over")
    private List<CarriedOverGoal> goalsCarriedOver;
    @Enumerated(EnumType.STRING)
    private StepDownStatus status;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "lp_user_id")
    private String lpUserId;
    @Column(name = "lp_name")
    private String lpName;
    @Column(name = "lp_agency")
    private String lpAgency;
    @Column(name = "lp_role")
    private String lpRole;
    @Column(name = "declined_on")
    private LocalDate declinedOn;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected StepDown() {
    }

    /** What a social worker proposes. */
    public record Proposal(UUID familyId, List<UUID> childMemberIds, String cscCaseReference, SocialWorkerRef socialWorker,
            String reason, Boolean familyConsented, ProfessionalRef proposedLeadProfessional, LocalDate warmHandoverOn,
            List<CarriedOverGoal> goalsCarriedOver) {
    }

    /**
     * Early help continues only with the family's agreement: a proposal without it is refused
     * (domain.md, step down: "gains the family's consent").
     */
    public static StepDown propose(Proposal proposal, Caller caller, Instant now) {
        if (!Boolean.TRUE.equals(proposal.familyConsented())) {
            throw new RuleViolation("step-down-needs-family-consent",
                    "A step-down needs the family's consent for early help to continue: familyConsented must be true");
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        List<CarriedOverGoal> goals = proposal.goalsCarriedOver() == null ? List.of() : proposal.goalsCarriedOver();
        for (int i = 0; i < goals.size(); i++) {
            CarriedOverGoal goal = goals.get(i);
            if (NeedIndicator.parse(goal.needIndicator()).isEmpty()) {
                throw new RuleViolation("carried-over-goal-answers-a-need", "goalsCarriedOver[" + i + "].needIndicator: '"
                        + goal.needIndicator() + "' is not a need indicator code (see GET /api/reference/need-indicators)");
            }
            if (goal.targetDate().isBefore(today)) {
                throw new RuleViolation("carried-over-goal-is-time-bound",
                        "goalsCarriedOver[" + i + "].targetDate: a goal carried over needs a target date still to come");
            }
        }
        StepDown stepDown = new StepDown();
        stepDown.id = UUID.randomUUID();
        stepDown.area = caller.area();
        stepDown.familyId = proposal.familyId();
        stepDown.childMemberIds = List.copyOf(proposal.childMemberIds());
        stepDown.cscCaseReference = proposal.cscCaseReference();
        stepDown.socialWorkerUserId = proposal.socialWorker().userId();
        stepDown.socialWorkerName = proposal.socialWorker().name();
        stepDown.reason = proposal.reason();
        stepDown.familyConsented = true;
        ProfessionalRef lp = proposal.proposedLeadProfessional();
        stepDown.proposedLpUserId = lp.userId();
        stepDown.proposedLpName = lp.name();
        stepDown.proposedLpAgency = lp.agency();
        stepDown.proposedLpRole = lp.role();
        stepDown.warmHandoverOn = proposal.warmHandoverOn();
        stepDown.goalsCarriedOver = new ArrayList<>(goals);
        stepDown.status = StepDownStatus.PROPOSED;
        stepDown.proposedBy = caller.userId();
        stepDown.proposedAt = now;
        return stepDown;
    }

    /** The proposed lead professional or the area's early help team may accept. */
    public boolean mayBeAcceptedBy(Caller caller) {
        return caller.area().equals(area)
                && (caller.hasRole(Roles.EARLY_HELP_TEAM) || caller.userId().equals(proposedLpUserId));
    }

    /** Early help agrees: the plan opens from this. Accepted once: again is a conflict. */
    public void accept(LocalDate on, ProfessionalRef leadProfessional, Caller caller) {
        requireProposed("accepted");
        status = StepDownStatus.ACCEPTED;
        acceptedOn = on;
        acceptedBy = caller.userId();
        ProfessionalRef lp = leadProfessional != null ? leadProfessional : proposedLeadProfessional();
        lpUserId = lp.userId();
        lpName = lp.name();
        lpAgency = lp.agency();
        lpRole = lp.role();
    }

    /** Early help says no, with its reason; the social worker is told (StepDownDeclined). Once, and only while proposed. */
    public void decline(LocalDate on, String reason, Caller caller) {
        requireProposed("declined");
        status = StepDownStatus.DECLINED;
        declinedOn = on;
        declineReason = reason;
        closedBy = caller.userId();
    }

    /** The social worker who made it may withdraw it before early help accepts. */
    public boolean mayBeWithdrawnBy(Caller caller) {
        return caller.area().equals(area) && (caller.userId().equals(socialWorkerUserId) || caller.userId().equals(proposedBy));
    }

    public void withdraw(LocalDate on, String reason, Caller caller) {
        requireProposed("withdrawn");
        status = StepDownStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason;
        closedBy = caller.userId();
    }

    private void requireProposed(String change) {
        if (status != StepDownStatus.PROPOSED) {
            throw new ConflictingState("This step-down is already " + status.name().toLowerCase()
                    + ": it can be " + change + " only while proposed");
        }
    }

    /** Who may see it: the social worker who proposed it, the proposed or agreed lead professional, the area's early help team. */
    public boolean isVisibleTo(Caller caller) {
        if (!caller.area().equals(area)) {
            return false;
        }
        return caller.hasRole(Roles.EARLY_HELP_TEAM)
                || caller.userId().equals(proposedBy)
                || caller.userId().equals(socialWorkerUserId)
                || caller.userId().equals(proposedLpUserId)
                || caller.userId().equals(lpUserId);
    }

    public ProfessionalRef proposedLeadProfessional() {
        return new ProfessionalRef(proposedLpUserId, proposedLpName, proposedLpAgency, proposedLpRole);
    }

    public ProfessionalRef leadProfessional() {
        return lpUserId == null ? null : new ProfessionalRef(lpUserId, lpName, lpAgency, lpRole);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public List<UUID> childMemberIds() { return childMemberIds; }
    public String cscCaseReference() { return cscCaseReference; }
    public SocialWorkerRef socialWorker() { return new SocialWorkerRef(socialWorkerUserId, socialWorkerName); }
    public String reason() { return reason; }
    public boolean familyConsented() { return familyConsented; }
    public LocalDate warmHandoverOn() { return warmHandoverOn; }
    public List<CarriedOverGoal> goalsCarriedOver() { return goalsCarriedOver; }
    public StepDownStatus status() { return status; }
    public Instant proposedAt() { return proposedAt; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public String proposedBy() { return proposedBy; }
    public LocalDate declinedOn() { return declinedOn; }
    public String declineReason() { return declineReason; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawalReason() { return withdrawalReason; }
}
