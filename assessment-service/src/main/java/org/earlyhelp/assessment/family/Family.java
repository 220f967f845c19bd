package org.earlyhelp.assessment.family;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;

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

    protected Family() {
    }

    /**
     * Registers a family in the caller's area. Each member's {@code dateOfBirth} is a recorded date: not after today (422
     * {@code recorded-date-not-after-today} naming {@code members[i].dateOfBirth}).
     *
     * @return the family and its FamilyRegistered event (no names in it).
     */
    public static Registered register(String familyName, String postcode, List<NewMember> members, Caller caller, Clock clock) {
        for (int i = 0; i < members.size(); i++) {
            RecordedDates.notAfterToday("members[" + i + "].dateOfBirth", members.get(i).dateOfBirth(), clock);
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

    /** Adds a member whose {@code dateOfBirth} is not after today (422 {@code recorded-date-not-after-today} otherwise). */
    public FamilyMember add(NewMember member, Clock clock) {
        RecordedDates.notAfterToday("dateOfBirth", member.dateOfBirth(), clock);
        return append(member);
    }

    private FamilyMember append(NewMember member) {
        FamilyMember added = new FamilyMember(this, members.size(), member);
        members.add(added);
        return added;
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
}
