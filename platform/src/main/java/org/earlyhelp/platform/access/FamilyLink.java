package org.earlyhelp.platform.access;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One reason a professional or an agency may see a family, learned from another service's
 * event: they registered it, lead its assessment or plan, sit in its team, or the family's
 * consent names their agency. {@code sourceRef} is what granted it (a consent, a plan), so a
 * withdrawn consent takes back exactly what it gave.
 */
@Entity
@Table(name = "family_circle_link")
public class FamilyLink {

    @Id
    private UUID id;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "user_id")
    private String userId;
    private String agency;
    @Column(name = "source_ref")
    private UUID sourceRef;
    private boolean active;

    protected FamilyLink() {
    }

    static FamilyLink toUser(String area, UUID familyId, String userId, UUID sourceRef) {
        return link(area, familyId, userId, null, sourceRef);
    }

    static FamilyLink toAgency(String area, UUID familyId, String agency, UUID sourceRef) {
        return link(area, familyId, null, agency, sourceRef);
    }

    private static FamilyLink link(String area, UUID familyId, String userId, String agency, UUID sourceRef) {
        FamilyLink link = new FamilyLink();
        link.id = UUID.randomUUID();
        link.area = area;
        link.familyId = familyId;
        link.userId = userId;
        link.agency = agency;
        link.sourceRef = sourceRef;
        link.active = true;
        return link;
    }

    void end() {
        active = false;
    }

    public boolean active() { return active; }
    public String userId() { return userId; }
    public String agency() { return agency; }
}
