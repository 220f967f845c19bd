package org.earlyhelp.assessment.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.assessment.consent.Consent;
import org.earlyhelp.assessment.consent.ConsentPurpose;
import org.earlyhelp.assessment.family.ChildAges;
import org.earlyhelp.assessment.family.Family;
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The Early Help Assessment of a whole family. Lifecycle: draft, then completed (signed off by
 * the lead professional). A completed assessment is not edited: a new one is made when needs change.
 */
@Entity
@Table(name = "assessment")
public class Assessment {
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
    @Embedded
    private LeadProfessional leadProfessional;
    @Column(name = "reason_for_assessment")
    private String reasonForAssessment;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    private AssessmentContent content;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "completed_by")
    private String completedBy;

    protected Assessment() {
    }

    /**
     * Starts a draft. The family must have agreed: an active consent for ASSESSMENT must cover
     * every child named (checked by the caller with the family's consents: {@code consented}).
     */
    public static Assessment start(UUID familyId, List<UUID> childMemberIds, LeadProfessional lead, String reason,
            List<UUID> childrenWithoutConsent, Caller caller, Instant now) {
        if (!childrenWithoutConsent.isEmpty()) {
            throw new RuleViolation("assessment-needs-consent",
                    "No active consent for ASSESSMENT covers child(ren) " + childrenWithoutConsent + ": record the family's consent first");
        }
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.area = caller.area();
        assessment.familyId = familyId;
        assessment.childMemberIds = List.copyOf(childMemberIds);
        assessment.leadProfessional = lead;
        assessment.reasonForAssessment = reason;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.content = AssessmentContent.empty();
        assessment.createdBy = caller.userId();
        assessment.createdAt = now;
        return assessment;
    }

    public void revise(AssessmentContent.Patch patch, List<UUID> familyMemberIds) {
        requireDraft();
        if (patch.needs() != null) {
            for (AssessmentContent.Need need : patch.needs()) {
                if (!familyMemberIds.contains(need.memberId())) {
                    throw new RuleViolation("need-belongs-to-a-family-member", "A need names member " + need.memberId() + ", who is not in this family");
                }
            }
        }
        if (patch.childrensVoice() != null) {
            for (AssessmentContent.ChildsVoice voice : patch.childrensVoice()) {
                if (!childMemberIds.contains(voice.memberId())) {
                    throw new RuleViolation("voice-of-an-assessed-child", "childrensVoice names " + voice.memberId() + ", who is not a child in this assessment");
                }
            }
        }
        content = content.apply(patch);
    }

    /** The rule a completion dated before the consent that permits it breaks. */
    public static final String COMPLETION_AFTER_CONSENT = "completion-after-consent";

    /**
     * Signs it off on {@code on}, the date the lead professional gives: a recorded date, so not after today
     * ({@code recorded-date-not-after-today}) and not before the consent that permits it ({@value #COMPLETION_AFTER_CONSENT}).
     * For each child assessed, the consent that permits it is the earliest consent for ASSESSMENT covering them that was
     * still in force that day (not withdrawn before it); the completion may not be before the latest of these. A child
     * whose consents were all withdrawn before that day sets no bound (completion after a withdrawal is not refused here).
     *
     * @param familyConsents the family's consents, withdrawn ones too
     * @return the AssessmentCompleted event: ids, codes, dates and the lead professional only.
     */
    public AssessmentCompletedV1 complete(LocalDate on, List<Consent> familyConsents, Clock clock) {
        return complete(on, familyConsents, Set.of(), Map.of(), clock).completed();
    }

    /**
     * As {@link #complete(LocalDate, List, Clock)} (which knows no dates of birth: for the rules of the completion only), for an assessment that may cover children not yet born (a pre-birth
     * assessment: their voice is not asked for). At level UNIVERSAL the universal services signposted are required, and
     * the completion raises UniversalServicesSignposted beside AssessmentCompleted: no targeted plan opens, the lead
     * professional and the early help team are told.
     *
     * The event carries each assessed child's age in whole years on {@code on} ({@link ChildAges}): those with a date of
     * birth in {@code datesOfBirth}; a child still unborn has no entry.
     *
     * @param stillUnborn the children assessed who are still recorded unborn
     * @param datesOfBirth the family's members' dates of birth, by member id ({@link Family#datesOfBirth()})
     */
    public Completed complete(LocalDate on, List<Consent> familyConsents, Set<UUID> stillUnborn, Map<UUID, LocalDate> datesOfBirth,
            Clock clock) {
        requireDraft();
        List<String> missing = CompletionCheck.missing(content, childMemberIds, stillUnborn);
        if (!missing.isEmpty()) {
            throw new IncompleteAssessment(missing);
        }
        RecordedDates.notAfterToday("completedOn", on, clock);
        requireConsentBefore(on, familyConsents);
        status = AssessmentStatus.COMPLETED;
        completedOn = on;
        completedBy = leadProfessional.userId();
        AssessmentCompletedV1 completed = new AssessmentCompletedV1(familyId, area, id, childMemberIds, leadProfessional.toEvent(),
                content.needs().stream().map(n -> new AssessmentCompletedV1.IdentifiedNeed(n.id(), n.memberId(), n.indicator().name())).toList(),
                content.levelOfNeed().name(), on, ChildAges.on(on, childMemberIds, datesOfBirth));
        UniversalServicesSignpostedV1 universal = content.levelOfNeed() == LevelOfNeed.UNIVERSAL
                ? new UniversalServicesSignpostedV1(familyId, area, id, leadProfessional.userId(), content.universalServicesSignposted().size(), on)
                : null;
        return new Completed(completed, universal);
    }

    /** The completion's events: AssessmentCompleted, then UniversalServicesSignposted at level UNIVERSAL. */
    public record Completed(AssessmentCompletedV1 completed, UniversalServicesSignpostedV1 universal) {
        public List<FamilyEvent> events() {
            return universal == null ? List.of(completed) : List.of(completed, universal);
        }
    }

    /**
     * For each child, the earliest consent for ASSESSMENT covering them still in force on {@code on} (not withdrawn
     * before it) is the one that permits the completion for them; {@code on} may not be before the latest of these.
     */
    private void requireConsentBefore(LocalDate on, List<Consent> familyConsents) {
        LocalDate needed = null;
        UUID neededFor = null;
        for (UUID child : childMemberIds) {
            Optional<LocalDate> permittedSince = familyConsents.stream()
                    .filter(c -> c.purposes().contains(ConsentPurpose.ASSESSMENT) && c.coversMemberIds().contains(child))
                    .filter(c -> !c.withdrawnBefore(on))
                    .map(Consent::givenOn).min(Comparator.naturalOrder());
            if (permittedSince.isPresent() && (needed == null || permittedSince.get().isAfter(needed))) {
                needed = permittedSince.get();
                neededFor = child;
            }
        }
        RecordedDates.notBefore(COMPLETION_AFTER_CONSENT, "completedOn", on,
                "the consent for ASSESSMENT covering child " + neededFor + " (givenOn)", needed);
    }

    /** The lead professional and the area's early help team may write; the lead professional signs off. */
    public boolean mayBeRevisedBy(Caller caller) {
        return caller.area().equals(area) && (caller.userId().equals(leadProfessional.userId()) || caller.hasRole(Roles.EARLY_HELP_TEAM));
    }

    public boolean mayBeCompletedBy(Caller caller) {
        return caller.area().equals(area) && caller.userId().equals(leadProfessional.userId());
    }

    private void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new ConflictingState("This assessment is completed and can no longer be changed: start a new one when needs change");
        }
    }

    /** 422 naming every missing part. */
    public static class IncompleteAssessment extends RuleViolation {
        private final List<String> missing;

        IncompleteAssessment(List<String> missing) {
            super("assessment-complete-before-sign-off", "The assessment cannot be completed yet. Missing: " + String.join("; ", missing));
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }

        @Override
        public java.util.Map<String, Object> details() {
            return java.util.Map.of("missing", missing);
        }
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public List<UUID> childMemberIds() { return childMemberIds; }
    public LeadProfessional leadProfessional() { return leadProfessional; }
    public String reasonForAssessment() { return reasonForAssessment; }
    public AssessmentStatus status() { return status; }
    public AssessmentContent content() { return content; }
    public Instant createdAt() { return createdAt; }
    public LocalDate completedOn() { return completedOn; }
}
