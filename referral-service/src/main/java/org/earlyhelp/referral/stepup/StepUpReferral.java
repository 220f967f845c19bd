package org.earlyhelp.referral.stepup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.hibernate.type.SqlTypes;

/**
 * A referral from early help up to children's social care (domain.md, "Step up"): the children,
 * the concerns, whether significant harm is suspected (urgent), what early help has done, and
 * whether the family consented (and if not, why it goes ahead). CSC records one decision.
 * <p>
 * {@code DRAFT → SUBMITTED → DECIDED}; a referral made directly is born {@code SUBMITTED}, one
 * from a review that decided to step up is born {@code DRAFT} for the lead professional.
 * <p>
 * Dates people record (domain.md, "Recorded after the fact"): {@code referredOn}, the day the referral was made (default
 * the day it is submitted here), is never after today; CSC's {@code decidedOn} is never after today nor before
 * {@code referredOn}. {@code submittedAt} is only when the row was written and decides nothing.
 */
@Entity
@Table(name = "step_up_referral")
public class StepUpReferral {

    /** The agency claim of children's social care: its partner system may record decisions. */
    public static final String CSC_AGENCY = "childrens-social-care";
    /** The rule a decision dated before the referral breaks. */
    public static final String DECISION_AFTER_REFERRAL = "decision-after-referral";

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
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "review_id")
    private UUID reviewId;
    private String concerns;
    @Column(name = "significant_harm")
    private boolean significantHarm;
    @Column(name = "family_consented")
    private Boolean familyConsented;
    @Column(name = "no_consent_reason")
    private String noConsentReason;
    @Column(name = "early_help_so_far")
    private String earlyHelpSoFar;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Column(name = "referrer_user_id")
    private String referrerUserId;
    @Column(name = "referrer_agency")
    private String referrerAgency;
    @Column(name = "lead_professional_user_id")
    private String leadProfessionalUserId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "referred_on")
    private LocalDate referredOn;
    @Enumerated(EnumType.STRING)
    private ReferralDecision decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "early_help_continues")
    private Boolean earlyHelpContinues;
    @Column(name = "decided_by")
    private String decidedBy;

    protected StepUpReferral() {
    }

    /** What the referrer writes: the inter-agency referral form, and the day it was made ({@code null}: today). */
    public record Form(List<UUID> childMemberIds, String concerns, boolean significantHarm, Boolean familyConsented,
            String noConsentReason, String earlyHelpSoFar, LocalDate referredOn) {
    }

    /** A referral made directly (not from a review): submitted at once. */
    public static StepUpReferral submit(UUID familyId, UUID planId, Form form, Caller caller, Clock clock) {
        StepUpReferral referral = new StepUpReferral();
        referral.id = UUID.randomUUID();
        referral.area = caller.area();
        referral.familyId = familyId;
        referral.planId = planId;
        referral.createdAt = clock.instant();
        referral.status = ReferralStatus.DRAFT;
        referral.fillIn(form, caller, clock);
        return referral;
    }

    /**
     * A review decided to step up: a draft for the plan's lead professional, pre-filled with
     * the family, the children and the plan. The concerns are theirs to write.
     */
    public static StepUpReferral draftFromReview(String area, UUID familyId, UUID planId, UUID reviewId, List<UUID> childMemberIds,
            String leadProfessionalUserId, Instant now) {
        StepUpReferral referral = new StepUpReferral();
        referral.id = UUID.randomUUID();
        referral.area = area;
        referral.familyId = familyId;
        referral.planId = planId;
        referral.reviewId = reviewId;
        referral.childMemberIds = List.copyOf(childMemberIds == null ? List.of() : childMemberIds);
        referral.status = ReferralStatus.DRAFT;
        referral.referrerUserId = leadProfessionalUserId;
        referral.leadProfessionalUserId = leadProfessionalUserId;
        referral.createdAt = now;
        return referral;
    }

    /** The draft's author (or the area's early help team) submits it once the concerns are written. */
    public void submitDraft(Form form, Caller caller, Clock clock) {
        if (status != ReferralStatus.DRAFT) {
            throw new ConflictingState("This referral is already " + status.name().toLowerCase() + ": only a draft can be submitted");
        }
        fillIn(form, caller, clock);
    }

    private void fillIn(Form form, Caller caller, Clock clock) {
        LocalDate referred = RecordedDates.notAfterToday("referredOn", RecordedDates.orToday(form.referredOn(), clock), clock);
        if (form.familyConsented() == null) {
            throw new RuleViolation("referral-states-consent", "Say whether the family consented to the referral: familyConsented is required");
        }
        if (!form.familyConsented() && (form.noConsentReason() == null || form.noConsentReason().isBlank())) {
            throw new RuleViolation("referral-without-consent-needs-a-reason",
                    "The family did not consent: a referral without consent needs a noConsentReason saying why it goes ahead");
        }
        List<UUID> children = form.childMemberIds() == null || form.childMemberIds().isEmpty() ? childMemberIds : form.childMemberIds();
        if (children == null || children.isEmpty()) {
            throw new RuleViolation("referral-names-children", "A referral names the children it is about: childMemberIds is required");
        }
        childMemberIds = List.copyOf(children);
        concerns = form.concerns();
        significantHarm = form.significantHarm();
        familyConsented = form.familyConsented();
        noConsentReason = form.familyConsented() ? null : form.noConsentReason();
        earlyHelpSoFar = form.earlyHelpSoFar();
        referrerUserId = caller.userId();
        referrerAgency = caller.agency();
        submittedAt = clock.instant();
        referredOn = referred;
        status = ReferralStatus.SUBMITTED;
    }

    /**
     * CSC decides once; "back to early help" means early help carries on; a decision is dated by CSC, recorded when it
     * arrives: never after today, never before the referral was made ({@code referredOn}, not when it was typed in).
     */
    public void decide(ReferralDecision outcome, LocalDate on, boolean continues, Caller caller, Clock clock) {
        if (status == ReferralStatus.DRAFT) {
            throw new ConflictingState("This referral is still a draft: CSC decides once it is submitted");
        }
        if (status == ReferralStatus.DECIDED) {
            throw new ConflictingState("CSC has already decided this referral (" + decision + ")");
        }
        if (outcome == ReferralDecision.STEP_DOWN_TO_EARLY_HELP && !continues) {
            throw new RuleViolation("step-down-means-early-help-continues",
                    "A decision of STEP_DOWN_TO_EARLY_HELP hands the family back to early help: earlyHelpContinues must be true");
        }
        RecordedDates.notAfterToday("decidedOn", on, clock);
        RecordedDates.notBefore(DECISION_AFTER_REFERRAL, "decidedOn", on, "the referral (referredOn)", referredOn);
        decision = outcome;
        decidedOn = on;
        earlyHelpContinues = continues;
        decidedBy = caller.userId();
        status = ReferralStatus.DECIDED;
    }

    /** The referrer, the lead professional it was drafted for, or the area's early help team. */
    public boolean maySubmit(Caller caller) {
        return caller.area().equals(area) && (caller.hasRole(Roles.EARLY_HELP_TEAM) || caller.userId().equals(referrerUserId));
    }

    /** A social worker of the area, or children's social care's own partner system. */
    public boolean mayDecide(Caller caller) {
        return caller.area().equals(area) && (caller.hasRole(Roles.SOCIAL_WORKER)
                || (caller.hasRole(Roles.PARTNER_SYSTEM) && CSC_AGENCY.equals(caller.agency())));
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public List<UUID> childMemberIds() { return childMemberIds; }
    public UUID planId() { return planId; }
    public UUID reviewId() { return reviewId; }
    public String concerns() { return concerns; }
    public boolean significantHarm() { return significantHarm; }
    public Boolean familyConsented() { return familyConsented; }
    public String noConsentReason() { return noConsentReason; }
    public String earlyHelpSoFar() { return earlyHelpSoFar; }
    public ReferralStatus status() { return status; }
    public String referrerUserId() { return referrerUserId; }
    public String leadProfessionalUserId() { return leadProfessionalUserId; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate referredOn() { return referredOn; }
    public ReferralDecision decision() { return decision; }
    public LocalDate decidedOn() { return decidedOn; }
    public Boolean earlyHelpContinues() { return earlyHelpContinues; }
}
