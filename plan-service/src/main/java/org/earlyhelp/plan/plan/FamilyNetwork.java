package org.earlyhelp.plan.plan;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.problem.RuleViolation;

/**
 * The team around the family with the family's own network in it (issue 18): a member with a {@code userId} is a
 * practitioner and sees the plan; one without is someone in the family's network and must say how they are related to
 * the family. Pure: unit-tested without a database.
 */
public final class FamilyNetwork {

    /** A member with neither a userId nor a relationship: 422 naming the member. */
    public static final String NETWORK_MEMBER_HAS_A_RELATIONSHIP = "network-member-has-a-relationship";
    /** A practitioner (a userId) without an agency or a role: 422 naming the member. */
    public static final String PRACTITIONER_HAS_AGENCY_AND_ROLE = "practitioner-has-agency-and-role";

    private FamilyNetwork() {
    }

    /** The team as given, checked: every network member has a relationship, every practitioner an agency and a role. */
    public static List<TeamMember> checked(List<TeamMember> members) {
        for (int i = 0; i < members.size(); i++) {
            TeamMember member = members.get(i);
            if (member.isNetworkMember() && blank(member.relationship())) {
                throw refused(NETWORK_MEMBER_HAS_A_RELATIONSHIP, i, "relationship", "members[" + i + "] (" + member.name()
                        + ") has no userId, so is someone in the family's network: give their relationship to the family");
            }
            if (!member.isNetworkMember() && (blank(member.agency()) || blank(member.role()))) {
                throw refused(PRACTITIONER_HAS_AGENCY_AND_ROLE, i, blank(member.agency()) ? "agency" : "role", "members[" + i + "] ("
                        + member.userId() + ") is a practitioner: give their agency and role");
            }
        }
        return members;
    }

    /** Whether {@code owner} names a network member of {@code team} (same name, ignoring case and outer spaces). */
    public static boolean ownsAsNetworkMember(ActionOwner owner, List<TeamMember> team) {
        return owner.name() != null && team.stream().filter(TeamMember::isNetworkMember)
                .anyMatch(m -> m.name() != null && m.name().strip().equalsIgnoreCase(owner.name().strip()));
    }

    /** The user ids of the practitioners in the team: network members have none, and never appear in an event. */
    public static List<String> userIds(List<TeamMember> team) {
        return team.stream().map(TeamMember::userId).filter(java.util.Objects::nonNull).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RuleViolation refused(String rule, int index, String field, String detail) {
        return new RuleViolation(rule, detail, Map.of("member", index, "field", "members[" + index + "]." + field));
    }
}
