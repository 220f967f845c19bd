package org.earlyhelp.notification.inbox;

/**
 * Who a notification is for: one practitioner (by user id), or a team inbox every member of
 * the team in the area sees ({@code team:early-help-team}).
 */
public record Recipient(String key) {

    public static final Recipient EARLY_HELP_TEAM = new Recipient("team:early-help-team");

    /** Children's social care's front door: every social worker of the area sees it. */
    public static final Recipient CSC_FRONT_DOOR = new Recipient("team:childrens-social-care");

    public static Recipient user(String userId) {
        return new Recipient("user:" + userId);
    }
}
