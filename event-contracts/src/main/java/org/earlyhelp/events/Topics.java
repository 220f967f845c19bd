package org.earlyhelp.events;

/** The three topics: one per publishing service. Record key: the family id. */
public final class Topics {
    public static final String ASSESSMENT = "earlyhelp.assessment.events";
    public static final String PLAN = "earlyhelp.plan.events";
    public static final String REFERRAL = "earlyhelp.referral.events";

    /** The dead-letter topic of a topic: where a consumer parks an event it could not apply. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
