package org.earlyhelp.assessment.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.assessment.ChildBornV1;
import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.hibernate.annotations.BatchSize;

/** The household around the child(ren): one record every agency finds, so the story is told once. */
@Entity
@Table(name = "family")
public class Family {
    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_name")
    private String familyName;
    private String postcode;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_by_agency")
    private String registeredByAgency;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FamilyMember> members = new ArrayList<>();
    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    @BatchSize(size = 50)
    private List<ConsentRefusal> consentRefusals = new ArrayList<>();

    protected Family() {
    }

    /** An expected date of birth more than 10 months after today. */
    public static final String EXPECTED_BIRTH_WITHIN_10_MONTHS = "expected-birth-within-10-months";
    /** An expected date of birth more than a month before today, for a child still recorded as unborn. */
    public static final String EXPECTED_BIRTH_NOT_MORE_THAN_A_MONTH_PAST = "expected-birth-not-more-than-a-month-past";
    /** A date of birth more than 20 weeks before the expected date (earlier than any birth this record can be about). */
    public static final String BIRTH_AT_MOST_20_WEEKS_BEFORE_EXPECTED_DATE = "birth-at-most-20-weeks-before-expected-date";
    /** A refusal recorded without telling the family that the refusal itself is recorded. */
    public static final String REFUSAL_TOLD_DATA_IS_RECORDED = "refusal-told-data-is-recorded";
    /** A refusal by someone who is not a member of the family. */
    public static final String REFUSAL_BY_A_FAMILY_MEMBER = "refusal-by-a-family-member";
    /** A refusal by a child or an unborn child: an adult of the family (parent, carer, other adult) declines. */
    public static final String REFUSAL_BY_AN_ADULT = "refusal-by-an-adult";

    /**
     * Registers a family in the caller's area. Each member's {@code dateOfBirth} is a recorded date: not after today (422
     * {@code recorded-date-not-after-today} naming {@code members[i].dateOfBirth}).
     *
     * @return the family and its FamilyRegistered event (no names in it).
     */
    public static Registered register(String familyName, String postcode, List<NewMember> members, Caller caller, Clock clock) {
        for (int i = 0; i < members.size(); i++) {
            checkDates("members[" + i + "].", members.get(i), clock);
        }
        Instant now = clock.instant();
        Family family = new Family();
        family.id = UUID.randomUUID();
        family.area = caller.area();
        family.familyName = familyName.trim();
        family.postcode = Identifiers.normalisePostcode(postcode);
        family.registeredBy = caller.userId();
        family.registeredByAgency = caller.agency();
        family.registeredAt = now;
        members.forEach(family::append);
        long children = family.members.stream().filter(FamilyMember::isChild).count();
        return new Registered(family, new FamilyRegisteredV1(family.id, family.area, family.members.size(), (int) children,
                caller.agency(), caller.userId(), now));
    }

    public record Registered(Family family, FamilyRegisteredV1 event) {
    }

    /**
     * Adds a member whose {@code dateOfBirth} is not after today (422 {@code recorded-date-not-after-today} otherwise), or an
     * unborn member whose {@code expectedDateOfBirth} is within 10 months ahead and not more than a month past.
     */
    public FamilyMember add(NewMember member, Clock clock) {
        checkDates("", member, clock);
        return append(member);
    }

    /**
     * A born member's date of birth is a recorded date (not after today); an unborn member's expected date is a planned one:
     * not more than 10 months after today ({@value #EXPECTED_BIRTH_WITHIN_10_MONTHS}) and not more than a month before it
     * ({@value #EXPECTED_BIRTH_NOT_MORE_THAN_A_MONTH_PAST}: a child that late is born, and should be recorded so).
     */
    private static void checkDates(String prefix, NewMember member, Clock clock) {
        RecordedDates.notAfterToday(prefix + "dateOfBirth", member.dateOfBirth(), clock);
        if (member.role() == MemberRole.UNBORN && member.expectedDateOfBirth() != null) {
            LocalDate today = RecordedDates.today(clock);
            LocalDate expected = member.expectedDateOfBirth();
            String field = prefix + "expectedDateOfBirth";
            if (expected.isAfter(today.plusMonths(10))) {
                throw new RecordedDates.DateRuleViolation(EXPECTED_BIRTH_WITHIN_10_MONTHS, field,
                        field + " (" + expected + ") is more than 10 months after today (" + today + ")");
            }
            RecordedDates.notBefore(EXPECTED_BIRTH_NOT_MORE_THAN_A_MONTH_PAST, field, expected,
                    "a month before today (record the birth instead)", today.minusMonths(1));
        }
    }

    /**
     * The unborn member {@code memberId} is born on {@code dateOfBirth}: the same member becomes a CHILD with that date and
     * name. 404 for a member not of this family; 409 for a member not unborn (a birth recorded twice); the date is a
     * recorded date (not after today) and not more than 20 weeks before the expected date
     * ({@value #BIRTH_AT_MOST_20_WEEKS_BEFORE_EXPECTED_DATE}). {@code familyName} absent: the member's own, else the family's.
     *
     * @return the member and its ChildBorn event (no name, no date of birth).
     */
    public Born recordBirth(UUID memberId, LocalDate dateOfBirth, String givenName, String familyName, String nhsNumber, Caller caller,
            Clock clock) {
        FamilyMember member = member(memberId).orElseThrow(() -> new NotFound("Member " + memberId + " of family " + id));
        if (!member.isUnborn()) {
            throw new ConflictingState("Member " + memberId + " is a " + member.role() + ", not an unborn child: a birth is recorded once");
        }
        RecordedDates.notAfterToday("dateOfBirth", dateOfBirth, clock);
        LocalDate expected = member.expectedDateOfBirth();
        RecordedDates.notBefore(BIRTH_AT_MOST_20_WEEKS_BEFORE_EXPECTED_DATE, "dateOfBirth", dateOfBirth,
                "20 weeks before the expected date of birth (" + expected + ")", expected == null ? null : expected.minusWeeks(20));
        String name = familyName != null && !familyName.isBlank() ? familyName
                : member.familyName() != null ? member.familyName() : this.familyName;
        member.born(dateOfBirth, givenName, name, nhsNumber);
        return new Born(member, new ChildBornV1(id, area, memberId, RecordedDates.today(clock), caller.userId()));
    }

    public record Born(FamilyMember member, ChildBornV1 event) {
    }

    /**
     * The family declined early help (domain.md, "When a family says no"): recorded with who refused (an adult of the
     * family: {@value #REFUSAL_BY_A_FAMILY_MEMBER}, {@value #REFUSAL_BY_AN_ADULT}), when (a recorded date, not after today),
     * their reasons, the universal services offered, and only once they were told the refusal itself is recorded
     * ({@value #REFUSAL_TOLD_DATA_IS_RECORDED}). Nothing else changes: a later consent is still possible.
     *
     * @return the refusal and its ConsentRefused event (ids, the date and how many services were offered; no reasons).
     */
    public Refused recordRefusal(UUID refusedByMemberId, LocalDate refusedOn, String reasons, List<String> universalServicesOffered,
            boolean toldDataIsRecorded, Caller caller, Clock clock) {
        if (!toldDataIsRecorded) {
            throw new RuleViolation(REFUSAL_TOLD_DATA_IS_RECORDED,
                    "Tell the family that their refusal is itself recorded, then record it with toldDataIsRecorded: true");
        }
        FamilyMember member = member(refusedByMemberId).orElseThrow(() -> new RuleViolation(REFUSAL_BY_A_FAMILY_MEMBER,
                "refusedByMemberId " + refusedByMemberId + " is not a member of this family"));
        if (!member.role().isAdult()) {
            throw new RuleViolation(REFUSAL_BY_AN_ADULT,
                    "refusedByMemberId names a " + member.role() + ": a parent, carer or other adult of the family declines");
        }
        RecordedDates.notAfterToday("refusedOn", refusedOn, clock);
        ConsentRefusal refusal = new ConsentRefusal(this, refusedByMemberId, refusedOn, reasons, universalServicesOffered,
                caller.userId(), clock.instant());
        consentRefusals.add(refusal);
        return new Refused(refusal, new ConsentRefusedV1(id, area, refusal.id(), refusedByMemberId, refusedOn,
                universalServicesOffered.size(), caller.userId()));
    }

    public record Refused(ConsentRefusal refusal, ConsentRefusedV1 event) {
    }

    private FamilyMember append(NewMember member) {
        FamilyMember added = new FamilyMember(this, members.size(), member);
        members.add(added);
        return added;
    }

    /**
     * The ages on {@code asOf} of the children another service's event names ({@code occasion}, {@code occasionRef}), as
     * {@link ChildAges} counts them: members of this family with a date of birth only (an unborn child, or an id this family
     * does not hold, has no entry). Ids and whole years only: never a name or a date of birth.
     */
    public ChildAgesRecordedV1 childAgesRecorded(String occasion, UUID occasionRef, LocalDate asOf, List<UUID> childMemberIds) {
        return new ChildAgesRecordedV1(id, area, occasion, occasionRef, asOf, ChildAges.on(asOf, childMemberIds, datesOfBirth()));
    }

    /** Each born member's date of birth, by member id (unborn members have none). */
    public Map<UUID, LocalDate> datesOfBirth() {
        Map<UUID, LocalDate> datesOfBirth = new HashMap<>();
        members.stream().filter(m -> m.dateOfBirth() != null).forEach(m -> datesOfBirth.put(m.id(), m.dateOfBirth()));
        return datesOfBirth;
    }

    public Optional<FamilyMember> member(UUID memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public String familyName() { return familyName; }
    public String postcode() { return postcode; }
    public String registeredBy() { return registeredBy; }
    public Instant registeredAt() { return registeredAt; }
    public List<FamilyMember> members() { return List.copyOf(members); }
    public List<ConsentRefusal> consentRefusals() { return List.copyOf(consentRefusals); }
}
