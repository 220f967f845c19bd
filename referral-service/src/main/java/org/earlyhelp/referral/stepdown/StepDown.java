package org.earlyhelp.referral.stepdown;

import java.time.Clock;
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
import org.earlyhelp.platform.time.RecordedDates;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * CSC's proposal that early help continues with a family, and early help's answer. The rules
 * of domain.md: the family must have consented, a lead professional is agreed, and a step-down
 * is accepted once (a second acceptance is a conflict, never a second plan).
 * <p>
 * Dates people record (domain.md, "Recorded after the fact"): {@code proposedOn} (default the day it is written here),
 * {@code acceptedOn}, {@code declinedOn} and {@code withdrawnOn} are never after today, and the answers never before
 * {@code proposedOn}. Dates people plan, a goal's {@code targetDate} and the {@code warmHandoverOn}, are measured against
 * {@code proposedOn}, never against the clock: a step-down recorded after the handover, its goal's target date passed by
 * now, is accepted. {@code proposedAt} is only when the row was written.
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
    @Column(name = "proposed_on")
    private LocalDate proposedOn;
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

    /** The rule a goal's target date before the proposal breaks. */
    public static final String TARGET_DATE_AFTER_PROPOSAL = "target-date-after-proposal";
    /** The rule a warm handover before the proposal breaks. */
    public static final String HANDOVER_AFTER_PROPOSAL = "handover-after-proposal";
    /** The rules an answer dated before the proposal breaks. */
    public static final String ACCEPTANCE_AFTER_PROPOSAL = "acceptance-after-proposal";
    public static final String DECLINE_AFTER_PROPOSAL = "decline-after-proposal";
    public static final String WITHDRAWAL_AFTER_PROPOSAL = "withdrawal-after-proposal";

    private static final String PROPOSAL = "the proposal (proposedOn)";

    /** What a social worker proposes; {@code proposedOn} {@code null}: today. */
    public record Proposal(UUID familyId, List<UUID> childMemberIds, String cscCaseReference, SocialWorkerRef socialWorker,
            String reason, Boolean familyConsented, ProfessionalRef proposedLeadProfessional, LocalDate warmHandoverOn,
            List<CarriedOverGoal> goalsCarriedOver, LocalDate proposedOn) {
    }

    /**
     * Early help continues only with the family's agreement: a proposal without it is refused
     * (domain.md, step down: "gains the family's consent").
     */
    public static StepDown propose(Proposal proposal, Caller caller, Clock clock) {
        if (!Boolean.TRUE.equals(proposal.familyConsented())) {
            throw new RuleViolation("step-down-needs-family-consent",
                    "A step-down needs the family's consent for early help to continue: familyConsented must be true");
        }
        LocalDate proposedOn = RecordedDates.notAfterToday("proposedOn", RecordedDates.orToday(proposal.proposedOn(), clock), clock);
        RecordedDates.notBefore(HANDOVER_AFTER_PROPOSAL, "warmHandoverOn", proposal.warmHandoverOn(), PROPOSAL, proposedOn);
        List<CarriedOverGoal> goals = proposal.goalsCarriedOver() == null ? List.of() : proposal.goalsCarriedOver();
        for (int i = 0; i < goals.size(); i++) {
            CarriedOverGoal goal = goals.get(i);
            if (NeedIndicator.parse(goal.needIndicator()).isEmpty()) {
                throw new RuleViolation("carried-over-goal-answers-a-need", "goalsCarriedOver[" + i + "].needIndicator: '"
                        + goal.needIndicator() + "' is not a need indicator code (see GET /api/reference/need-indicators)");
            }
            RecordedDates.notBefore(TARGET_DATE_AFTER_PROPOSAL, "goalsCarriedOver[" + i + "].targetDate", goal.targetDate(), PROPOSAL,
                    proposedOn);
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
        stepDown.proposedAt = clock.instant();
        stepDown.proposedOn = proposedOn;
        return stepDown;
    }

    /** The proposed lead professional or the area's early help team may accept. */
    public boolean mayBeAcceptedBy(Caller caller) {
        return caller.area().equals(area)
                && (caller.hasRole(Roles.EARLY_HELP_TEAM) || caller.userId().equals(proposedLpUserId));
    }

    /** Early help agrees: the plan opens from this. Accepted once: again is a conflict. */
    public void accept(LocalDate on, ProfessionalRef leadProfessional, Caller caller, Clock clock) {
        requireProposed("accepted");
        answeredOn("acceptedOn", on, ACCEPTANCE_AFTER_PROPOSAL, clock);
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
    public void decline(LocalDate on, String reason, Caller caller, Clock clock) {
        requireProposed("declined");
        answeredOn("declinedOn", on, DECLINE_AFTER_PROPOSAL, clock);
        status = StepDownStatus.DECLINED;
        declinedOn = on;
        declineReason = reason;
        closedBy = caller.userId();
    }

    /** The social worker who made it may withdraw it before early help accepts. */
    public boolean mayBeWithdrawnBy(Caller caller) {
        return caller.area().equals(area) && (caller.userId().equals(socialWorkerUserId) || caller.userId().equals(proposedBy));
    }

    public void withdraw(LocalDate on, String reason, Caller caller, Clock clock) {
        requireProposed("withdrawn");
        answeredOn("withdrawnOn", on, WITHDRAWAL_AFTER_PROPOSAL, clock);
        status = StepDownStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason;
        closedBy = caller.userId();
    }

    /** An answer to the proposal is dated when it happened: not after today, not before the proposal. */
    private void answeredOn(String field, LocalDate on, String rule, Clock clock) {
        RecordedDates.notAfterToday(field, on, clock);
        RecordedDates.notBefore(rule, field, on, PROPOSAL, proposedOn);
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
    public LocalDate proposedOn() { return proposedOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public String proposedBy() { return proposedBy; }
    public LocalDate declinedOn() { return declinedOn; }
    public String declineReason() { return declineReason; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawalReason() { return withdrawalReason; }
}
