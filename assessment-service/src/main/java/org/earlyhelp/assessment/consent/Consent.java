package org.earlyhelp.assessment.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.assessment.family.MemberRole;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;

/**
 * A family's agreement, recorded precisely (domain.md, pathway step 2): who gave it, for which
 * members, for what purposes, shared with which agencies, how, when, recorded by whom. It can be
 * withdrawn at any time; a family that withdrew can consent again (a new consent).
 */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "given_by_member_id")
    private UUID givenByMemberId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_member", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "member_id")
    private Set<UUID> coversMemberIds = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_purpose", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "purpose")
    @Enumerated(EnumType.STRING)
    private Set<ConsentPurpose> purposes = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_agency", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "agency")
    private Set<String> sharedWithAgencies = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    private ConsentMethod method;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    protected Consent() {
    }

    /** The rule a withdrawal dated before the consent was given breaks. */
    public static final String WITHDRAWAL_AFTER_CONSENT = "withdrawal-after-consent";

    /** The rule a consent covering an unborn child breaks when not given by a parent (the expectant parent). */
    public static final String UNBORN_CONSENT_BY_EXPECTANT_PARENT = "unborn-consent-by-expectant-parent";

    /**
     * @param familyMembers the members of the family and their roles: the giver and every covered member must be among
     *        them; the giver is not an unborn child, and a consent covering an unborn child is given by a parent of the
     *        family, the expectant parent ({@value #UNBORN_CONSENT_BY_EXPECTANT_PARENT}).
     * @param givenOn the day the family gave it: a recorded date, so not after today (422 {@code recorded-date-not-after-today})
     */
    public static Consent record(UUID familyId, Map<UUID, MemberRole> familyMembers, UUID givenBy, List<UUID> covers,
            List<ConsentPurpose> purposes, List<String> agencies, ConsentMethod method, LocalDate givenOn, Caller caller, Clock clock) {
        RecordedDates.notAfterToday("givenOn", givenOn, clock);
        MemberRole giver = familyMembers.get(givenBy);
        if (giver == null) {
            throw new RuleViolation("consent-giver-is-a-family-member", "givenByMemberId is not a member of this family");
        }
        if (giver == MemberRole.UNBORN) {
            throw new RuleViolation(UNBORN_CONSENT_BY_EXPECTANT_PARENT, "givenByMemberId names an unborn child: the expectant parent gives consent");
        }
        for (UUID covered : covers) {
            MemberRole role = familyMembers.get(covered);
            if (role == null) {
                throw new RuleViolation("consent-covers-family-members", "coversMemberIds names " + covered + ", who is not a member of this family");
            }
            if (role == MemberRole.UNBORN && giver != MemberRole.PARENT) {
                throw new RuleViolation(UNBORN_CONSENT_BY_EXPECTANT_PARENT, "coversMemberIds names the unborn child " + covered
                        + ": consent for an unborn child is given by the expectant parent (a PARENT of the family)");
            }
        }
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.area = caller.area();
        consent.familyId = familyId;
        consent.givenByMemberId = givenBy;
        consent.coversMemberIds.addAll(covers);
        consent.purposes.addAll(purposes);
        consent.sharedWithAgencies.addAll(agencies == null ? List.of() : agencies);
        consent.method = method;
        consent.givenOn = givenOn;
        consent.recordedBy = caller.userId();
        consent.recordedAt = clock.instant();
        return consent;
    }

    /**
     * Withdrawn from the given date (a recorded date: not after today, not before the consent was given, 422
     * {@value #WITHDRAWAL_AFTER_CONSENT}); a withdrawal is final for this consent (the family may consent again later).
     */
    public void withdraw(LocalDate on, String reason, Caller caller, Clock clock) {
        if (withdrawnOn != null) {
            throw new ConflictingState("This consent was already withdrawn on " + withdrawnOn);
        }
        RecordedDates.notAfterToday("withdrawnOn", on, clock);
        RecordedDates.notBefore(WITHDRAWAL_AFTER_CONSENT, "withdrawnOn", on, "the day the consent was given (givenOn)", givenOn);
        withdrawnOn = on;
        withdrawalReason = reason;
        withdrawnBy = caller.userId();
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    /** Withdrawn on a day before {@code day}: no longer in force that day. */
    public boolean withdrawnBefore(LocalDate day) {
        return withdrawnOn != null && withdrawnOn.isBefore(day);
    }

    /** Active, for this purpose, and covering this member. */
    public boolean covers(UUID memberId, ConsentPurpose purpose) {
        return isActive() && purposes.contains(purpose) && coversMemberIds.contains(memberId);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public UUID givenByMemberId() { return givenByMemberId; }
    public Set<UUID> coversMemberIds() { return Set.copyOf(coversMemberIds); }
    public Set<ConsentPurpose> purposes() { return Set.copyOf(purposes); }
    public Set<String> sharedWithAgencies() { return Set.copyOf(sharedWithAgencies); }
    public ConsentMethod method() { return method; }
    public LocalDate givenOn() { return givenOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String withdrawalReason() { return withdrawalReason; }
}
