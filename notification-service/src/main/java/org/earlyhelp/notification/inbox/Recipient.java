package org.earlyhelp.notification.inbox;

/**
 * Who a notification is for: one practitioner (by user id), or a shared inbox in the area: a team's
 * ({@code team:early-help-team}), an agency's ({@code agency:school}) or an agency's managers' ({@code managers:school}).
 */
public record Recipient(String key) {

    public static final Recipient EARLY_HELP_TEAM = new Recipient("team:early-help-team");

    /** Children's social care's front door: every social worker of the area sees it. */
    public static final Recipient CSC_FRONT_DOOR = new Recipient("team:childrens-social-care");

    public static Recipient user(String userId) {
        return new Recipient("user:" + userId);
    }

    /** An agency's inbox in the area: everyone whose token carries that {@code agency} claim sees it. */
    public static Recipient agency(String agency) {
        return new Recipient("agency:" + agency);
    }

    /** The managers of an agency in the area: a {@code manager} whose token carries that {@code agency} claim sees it. */
    public static Recipient managersOf(String agency) {
        return new Recipient("managers:" + agency);
    }

    /** A shared inbox (a team, an agency, its managers), as against one practitioner's own. */
    public boolean isShared() {
        return !key.startsWith("user:");
    }
}
