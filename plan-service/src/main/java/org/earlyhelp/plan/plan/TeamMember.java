package org.earlyhelp.plan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A practitioner in the team around the family. */
@Embeddable
public record TeamMember(@Column(name = "user_id") String userId, String name, String agency, String role) {
}
