package org.earlyhelp.notification.email;

import java.util.UUID;

/**
 * The email for a notification: the notification's own plain sentence (which names no one and
 * tells no story) and a link to open it, where the reader's access is checked. Nothing else.
 */
public final class EmailComposer {

    public record Email(String subject, String body) {
    }

    public static Email compose(UUID notificationId, String message, boolean urgent, String linkBase) {
        String subject = urgent ? "Urgent: early help notification" : "Early help notification";
        String body = "Hello,\n\n" + message + "\n\nOpen it here: " + linkBase.replaceAll("/+$", "") + "/notifications/" + notificationId
                + "\n\nThis email holds no details about the family: sign in to see them.\n"
                + "You can turn these emails off in your notification settings.\n";
        return new Email(subject, body);
    }

    private EmailComposer() {
    }
}
