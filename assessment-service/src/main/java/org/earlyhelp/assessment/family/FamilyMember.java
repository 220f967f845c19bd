package org.earlyhelp.assessment.family;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A child, parent, carer or other significant adult of the family, or an unborn child (domain.md, "Before birth"): an
 * expected date of birth and no name yet; at birth the same member becomes a child, keeping everything recorded about
 * them.
 */
@Entity
@Table(name = "family_member")
public class FamilyMember {
    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id")
    private Family family;
    private int position;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    @Column(name = "nhs_number")
    private String nhsNumber;
    private String upn;

    protected FamilyMember() {
    }

    FamilyMember(Family family, int position, NewMember member) {
        this.id = UUID.randomUUID();
        this.family = family;
        this.position = position;
        this.givenName = trimmed(member.givenName());
        this.familyName = trimmed(member.familyName());
        this.dateOfBirth = member.dateOfBirth();
        this.expectedDateOfBirth = member.role() == MemberRole.UNBORN ? member.expectedDateOfBirth() : null;
        this.role = member.role();
        this.nhsNumber = member.nhsNumber() == null || member.nhsNumber().isBlank() ? null : Identifiers.normaliseNhsNumber(member.nhsNumber());
        this.upn = member.upn() == null || member.upn().isBlank() ? null : Identifiers.normaliseUpn(member.upn());
    }

    /** The unborn member is born: now a CHILD with a date of birth and a name (the rules are {@link Family#recordBirth}'s). */
    void born(LocalDate on, String given, String family, String nhs) {
        this.role = MemberRole.CHILD;
        this.dateOfBirth = on;
        this.givenName = trimmed(given);
        if (family != null && !family.isBlank()) {
            this.familyName = trimmed(family);
        }
        if (nhs != null && !nhs.isBlank()) {
            this.nhsNumber = Identifiers.normaliseNhsNumber(nhs);
        }
    }

    private static String trimmed(String name) {
        return name == null || name.isBlank() ? null : name.trim();
    }

    public boolean isChild() {
        return role == MemberRole.CHILD;
    }

    public boolean isUnborn() {
        return role == MemberRole.UNBORN;
    }

    public UUID id() { return id; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public LocalDate expectedDateOfBirth() { return expectedDateOfBirth; }
    public MemberRole role() { return role; }
    public String nhsNumber() { return nhsNumber; }
    public String upn() { return upn; }
}
