package org.earlyhelp.notification.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.events.SealedText;
import org.earlyhelp.platform.sealing.TextSealer;

/**
 * Webhook signing secrets at rest: sealed with the service's sealing key (the platform's {@link TextSealer}, AES-GCM,
 * {@code earlyhelp.events.sealing-key}) and stored as {@code sealed:<base64>}. A secret is in clear only in the answer
 * that creates or rotates it and, for the moment of signing, in the dispatcher's memory; never in a view, a log or an event.
 * A value without the prefix is a secret written before sealing existed ({@code whsec_...}):
 * {@link SecretSealingUpgrade} seals those at start-up.
 */
@ApplicationScoped
public class SealedSecrets {

    static final String PREFIX = "sealed:";

    private final TextSealer sealer;

    public SealedSecrets(TextSealer sealer) {
        this.sealer = sealer;
    }

    public String seal(String secret) {
        return PREFIX + sealer.seal(secret).ciphertext();
    }

    /** The secret in clear; a value still in clear (not yet upgraded) is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        return sealer.open(new SealedText(stored.substring(PREFIX.length())));
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
