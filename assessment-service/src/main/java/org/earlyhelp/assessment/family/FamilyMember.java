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

/** A child, parent, carer or other significant adult of the family. */
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
        this.givenName = member.givenName().trim();
        this.familyName = member.familyName().trim();
        this.dateOfBirth = member.dateOfBirth();
        this.role = member.role();
        this.nhsNumber = member.nhsNumber() == null || member.nhsNumber().isBlank() ? null : Identifiers.normaliseNhsNumber(member.nhsNumber());
        this.upn = member.upn() == null || member.upn().isBlank() ? null : Identifiers.normaliseUpn(member.upn());
    }

    public boolean isChild() {
        return role == MemberRole.CHILD;
    }

    public UUID id() { return id; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public MemberRole role() { return role; }
    public String nhsNumber() { return nhsNumber; }
    public String upn() { return upn; }
}
