package org.earlyhelp.notification.webhooks;

import java.util.List;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;

/**
 * The {@code webhook-signature} header of a message (Standard Webhooks): {@code v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>} for each valid secret, space-separated, the current secret's first. During a rotation's overlap
 * there are two, so a receiver holding either secret accepts the message; a receiver's Standard Webhooks library
 * accepts a header when any one of its signatures matches.
 */
final class WebhookSignatures {

    /**
     * @param secrets the secrets in clear ({@code whsec_...}), current first
     * @throws IllegalArgumentException with no secret
     */
    static String header(List<String> secrets, String messageId, long timestamp, String payload) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a message is signed with at least one secret");
        }
        return secrets.stream().map(secret -> sign(secret, messageId, timestamp, payload)).collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String messageId, long timestamp, String payload) {
        try {
            return new Webhook(secret).sign(messageId, timestamp, payload);
        } catch (com.standardwebhooks.exceptions.WebhookSigningException e) {
            throw new IllegalStateException("Cannot sign a webhook message", e);
        }
    }

    private WebhookSignatures() {
    }
}
