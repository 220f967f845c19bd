package org.earlyhelp.notification.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks secrets: {@code whsec_} and 32 random bytes, base64. */
final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private WebhookSecrets() {
    }
}
