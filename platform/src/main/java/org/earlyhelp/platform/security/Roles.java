package org.earlyhelp.platform.security;

/** The realm roles of the architecture. */
public final class Roles {
    public static final String PRACTITIONER = "practitioner";
    public static final String EARLY_HELP_TEAM = "early-help-team";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
