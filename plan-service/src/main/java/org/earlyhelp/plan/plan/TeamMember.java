package org.earlyhelp.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone in the team around the family: a practitioner ({@code userId, name, agency, role}), who sees the plan, or
 * someone in the family's network with no {@code userId} (a grandparent, a family friend: {@code name, relationship},
 * how they like to be contacted), who never sees it but may own actions.
 */
@Embeddable
public record TeamMember(@Column(name = "user_id") String userId, String name, String agency, String role, String relationship,
        @Column(name = "contact_preference") String contactPreference) {

    /** A practitioner. */
    public TeamMember(String userId, String name, String agency, String role) {
        this(userId, name, agency, role, null, null);
    }

    /** Someone in the family's network: no userId, so no access to the plan. */
    public static TeamMember ofNetwork(String name, String relationship, String contactPreference) {
        return new TeamMember(null, name, null, null, relationship, contactPreference);
    }

    /** In the family's network: no userId, never sees the plan. */
    public boolean isNetworkMember() {
        return userId == null;
    }
}
