package org.earlyhelp.referral.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A professional disagreement (domain.md, "When professionals disagree"): a practitioner disagrees with another agency
 * about a family. Stage 1 is practitioner to practitioner, stage 2 the two agencies' managers, stage 3 the safeguarding
 * partnership's lead; each stage is answered within the area's working days ({@link EscalationTimescales}).
 * {@code OPEN -> RESPONDED -> (escalated: OPEN at the next stage) -> RESOLVED}.
 * <p>
 * Dates people record: {@code raisedOn}, {@code respondedOn}, {@code escalatedOn} and {@code resolvedOn} (each default
 * today) are never after today and never before the step they follow. A stage's {@code respondBy} is measured from the
 * day the stage started as recorded, never from when a row was written: a disagreement written up after the fact may be
 * overdue the moment it is recorded.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** The rule an escalation beyond the partnership's lead breaks. */
    public static final String AT_MOST_STAGE_3 = "escalation-at-most-stage-3";
    /** The rule an unanswered stage escalated before its answer was due breaks. */
    public static final String AFTER_ANSWER_OR_DEADLINE = "escalation-after-answer-or-deadline";
    /** The rule a disagreement with one's own agency breaks: it goes through the agency's own line management. */
    public static final String WITH_ANOTHER_AGENCY = "escalation-with-another-agency";
    /** The rules a step dated before the one it follows breaks. */
    public static final String RESPONSE_AFTER_STAGE_START = "response-after-stage-start";
    public static final String ESCALATION_AFTER_PREVIOUS_STEP = "escalation-after-previous-step";
    public static final String RESOLUTION_AFTER_PREVIOUS_STEP = "resolution-after-previous-step";

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "with_agency")
    private String withAgency;
    private String concern;
    @Column(name = "desired_outcome")
    private String desiredOutcome;
    @Column(name = "raised_by_user_id")
    private String raisedByUserId;
    @Column(name = "raised_by_agency")
    private String raisedByAgency;
    @Column(name = "raised_on")
    private LocalDate raisedOn;
    @Column(name = "raised_at")
    private Instant raisedAt;
    private int stage;
    @Enumerated(EnumType.STRING)
    private EscalationStatus status;
    @Column(name = "stage_started_on")
    private LocalDate stageStartedOn;
    @Column(name = "respond_by")
    private LocalDate respondBy;
    /** The day of the latest step (raised, answered, escalated): the next one is not before it. */
    @Column(name = "last_step_on")
    private LocalDate lastStepOn;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<EscalationStep> history;
    /**
     * The stage whose "answer due soon" (overdue) notice was raised: each stage once. Not part of the version: a reminder
     * sent does not make a client's ETag stale.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "due_soon_stage")
    private Integer dueSoonStage;
    @OptimisticLock(excluded = true)
    @Column(name = "overdue_stage")
    private Integer overdueStage;

    protected Escalation() {
    }

    /** What the raiser says; {@code raisedOn} {@code null}: today. */
    public record Raise(UUID familyId, String withAgency, String concern, String desiredOutcome, LocalDate raisedOn) {
    }

    /**
     * A practitioner raises a disagreement with another agency, on behalf of their own (the token's agency): stage 1,
     * {@code OPEN}, answered by the stage's working days after {@code raisedOn}.
     */
    public static Escalation raise(Raise raise, Caller caller, EscalationTimescales timescales, Clock clock) {
        if (caller.agency() == null || caller.agency().isBlank()) {
            throw new RuleViolation(WITH_ANOTHER_AGENCY,
                    "A professional disagreement is raised on behalf of an agency: the caller's token names none");
        }
        if (caller.agency().equals(raise.withAgency())) {
            throw new RuleViolation(WITH_ANOTHER_AGENCY, "withAgency (" + raise.withAgency()
                    + ") is the raiser's own agency: a professional disagreement is with another agency");
        }
        LocalDate raisedOn = RecordedDates.notAfterToday("raisedOn", RecordedDates.orToday(raise.raisedOn(), clock), clock);
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.area = caller.area();
        e.familyId = raise.familyId();
        e.withAgency = raise.withAgency();
        e.concern = raise.concern();
        e.desiredOutcome = raise.desiredOutcome();
        e.raisedByUserId = caller.userId();
        e.raisedByAgency = caller.agency();
        e.raisedOn = raisedOn;
        e.raisedAt = clock.instant();
        e.stage = 1;
        e.status = EscalationStatus.OPEN;
        e.stageStartedOn = raisedOn;
        e.respondBy = timescales.respondBy(1, raisedOn);
        e.lastStepOn = raisedOn;
        e.history = new ArrayList<>();
        e.history.add(new EscalationStep(1, EscalationStep.Kind.RAISED, raisedOn, caller.userId(), caller.agency(), raise.concern()));
        return e;
    }

    /** The other side answers the current stage; once per stage, only while open. */
    public void respond(String response, LocalDate respondedOn, Caller caller, Clock clock) {
        if (status != EscalationStatus.OPEN) {
            throw new ConflictingState("This disagreement is " + status.name().toLowerCase() + " at stage " + stage
                    + ": an answer is recorded only while the stage is open");
        }
        LocalDate on = RecordedDates.notAfterToday("respondedOn", RecordedDates.orToday(respondedOn, clock), clock);
        RecordedDates.notBefore(RESPONSE_AFTER_STAGE_START, "respondedOn", on, "the start of stage " + stage, stageStartedOn);
        status = EscalationStatus.RESPONDED;
        lastStepOn = on;
        append(EscalationStep.Kind.RESPONDED, on, caller, response);
    }

    /**
     * Up a stage: to the managers (2), then the safeguarding partnership's lead (3); never beyond. An unanswered stage is
     * escalated only after its answer was due (the other side had its working days); an answered one at any time.
     */
    public void escalate(String reason, LocalDate escalatedOn, Caller caller, EscalationTimescales timescales, Clock clock) {
        requireNotResolved("escalated");
        if (stage >= EscalationTimescales.LAST_STAGE) {
            throw new RuleViolation(AT_MOST_STAGE_3, "This disagreement is at stage " + stage
                    + ", the safeguarding partnership's lead: there is no stage beyond it");
        }
        LocalDate on = RecordedDates.notAfterToday("escalatedOn", RecordedDates.orToday(escalatedOn, clock), clock);
        RecordedDates.notBefore(ESCALATION_AFTER_PREVIOUS_STEP, "escalatedOn", on, "the previous step", lastStepOn);
        if (status == EscalationStatus.OPEN && !on.isAfter(respondBy)) {
            throw new RuleViolation(AFTER_ANSWER_OR_DEADLINE, "Stage " + stage + " has not been answered and its answer is due by "
                    + respondBy + ": it can be escalated once answered, or from the day after " + respondBy);
        }
        stage++;
        status = EscalationStatus.OPEN;
        stageStartedOn = on;
        respondBy = timescales.respondBy(stage, on);
        lastStepOn = on;
        append(EscalationStep.Kind.ESCALATED, on, caller, reason);
    }

    /** The disagreement is settled, at whatever stage; once. */
    public void resolve(String resolution, LocalDate resolvedOn, Caller caller, Clock clock) {
        requireNotResolved("resolved");
        LocalDate on = RecordedDates.notAfterToday("resolvedOn", RecordedDates.orToday(resolvedOn, clock), clock);
        RecordedDates.notBefore(RESOLUTION_AFTER_PREVIOUS_STEP, "resolvedOn", on, "the previous step", lastStepOn);
        status = EscalationStatus.RESOLVED;
        this.resolvedOn = on;
        lastStepOn = on;
        append(EscalationStep.Kind.RESOLVED, on, caller, resolution);
    }

    /** A new list each time: the JSON column is written when its value changes. */
    private void append(EscalationStep.Kind kind, LocalDate on, Caller caller, String text) {
        List<EscalationStep> steps = new ArrayList<>(history);
        steps.add(new EscalationStep(stage, kind, on, caller.userId(), caller.agency(), text));
        history = steps;
    }

    private void requireNotResolved(String change) {
        if (status == EscalationStatus.RESOLVED) {
            throw new ConflictingState("This disagreement was resolved on " + resolvedOn + ": it can no longer be " + change);
        }
    }

    // --- who may do what --------------------------------------------------------------------------------------------

    /**
     * Who sees it: anyone who sees the family ({@code familySeen}: the family's circle, or CSC once a referral reached it);
     * once at stage 2, the managers of the two agencies; at stage 3, the safeguarding partnership's managers (the
     * escalation procedure brings it to them). Only in its own area.
     */
    public boolean isVisibleTo(Caller caller, boolean familySeen, String partnershipAgency) {
        if (!caller.area().equals(area)) {
            return false;
        }
        return familySeen || (caller.hasRole(Roles.MANAGER) && stage >= 2 && (isOfAgency(caller, raisedByAgency) || isOfAgency(caller, withAgency)))
                || isPartnershipLead(caller, partnershipAgency);
    }

    /**
     * Who answers the current stage: the other side (a caller of {@code withAgency}; from stage 2 its managers), at
     * stage 3 the safeguarding partnership's managers; the area's early help team at any stage.
     */
    public boolean mayBeAnsweredBy(Caller caller, String partnershipAgency) {
        if (!caller.area().equals(area)) {
            return false;
        }
        return caller.hasRole(Roles.EARLY_HELP_TEAM) || switch (stage) {
            case 1 -> isOfAgency(caller, withAgency);
            case 2 -> caller.hasRole(Roles.MANAGER) && isOfAgency(caller, withAgency);
            default -> isPartnershipLead(caller, partnershipAgency);
        };
    }

    /** Who may escalate: the raiser, the other side (a caller of {@code withAgency}), a manager of either agency. */
    public boolean mayBeEscalatedBy(Caller caller) {
        return caller.area().equals(area) && (caller.userId().equals(raisedByUserId) || isOfAgency(caller, withAgency)
                || (caller.hasRole(Roles.MANAGER) && isOfAgency(caller, raisedByAgency)));
    }

    /** Who may record the resolution: whoever may escalate, whoever may answer the current stage. */
    public boolean mayBeResolvedBy(Caller caller, String partnershipAgency) {
        return mayBeEscalatedBy(caller) || mayBeAnsweredBy(caller, partnershipAgency);
    }

    private boolean isPartnershipLead(Caller caller, String partnershipAgency) {
        return stage == EscalationTimescales.LAST_STAGE && caller.hasRole(Roles.MANAGER) && isOfAgency(caller, partnershipAgency);
    }

    private static boolean isOfAgency(Caller caller, String agency) {
        return agency != null && Objects.equals(caller.agency(), agency);
    }

    // --- reminders ------------------------------------------------------------------------------------------------

    /** The current stage's "answer due soon" reminder is due on {@code today}. @return true the first time (per stage). */
    public boolean remindDueSoon(LocalDate today, EscalationTimescales timescales) {
        if (status != EscalationStatus.OPEN || Objects.equals(dueSoonStage, stage) || today.isAfter(respondBy)
                || today.isBefore(timescales.dueSoonFrom(respondBy))) {
            return false;
        }
        dueSoonStage = stage;
        return true;
    }

    /** The current stage was not answered by its day. @return true the first time (per stage). */
    public boolean markOverdue(LocalDate today) {
        if (status != EscalationStatus.OPEN || Objects.equals(overdueStage, stage) || !respondBy.isBefore(today)) {
            return false;
        }
        overdueStage = stage;
        return true;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public String withAgency() { return withAgency; }
    public String concern() { return concern; }
    public String desiredOutcome() { return desiredOutcome; }
    public String raisedByUserId() { return raisedByUserId; }
    public String raisedByAgency() { return raisedByAgency; }
    public LocalDate raisedOn() { return raisedOn; }
    public Instant raisedAt() { return raisedAt; }
    public int stage() { return stage; }
    public EscalationStatus status() { return status; }
    public LocalDate stageStartedOn() { return stageStartedOn; }
    public LocalDate respondBy() { return respondBy; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public List<EscalationStep> history() { return List.copyOf(history); }

    /** The latest step of a kind (the one an event reports). */
    public EscalationStep last(EscalationStep.Kind kind) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == kind) {
                return history.get(i);
            }
        }
        return null;
    }
}
