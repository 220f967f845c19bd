package org.earlyhelp.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.earlyhelp.platform.sealing.TextSealer;
import org.junit.jupiter.api.Test;

class SealedSecretsTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    final SealedSecrets secrets = new SealedSecrets(new TextSealer(KEY));

    @Test
    void aSecretIsStoredSealedAndOpensToItself() {
        String secret = WebhookSecrets.generate();
        String stored = secrets.seal(secret);
        assertThat(stored).startsWith("sealed:").doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
        assertThat(SealedSecrets.isSealed(stored)).isTrue();
        assertThat(secrets.open(stored)).isEqualTo(secret);
        assertThat(secrets.seal(secret)).as("a fresh nonce each time").isNotEqualTo(stored);
    }

    @Test
    void aSecretStillInClearIsRecognisedAndReadAsItIs() {
        String secret = WebhookSecrets.generate();
        assertThat(SealedSecrets.isSealed(secret)).isFalse();
        assertThat(secrets.open(secret)).isEqualTo(secret);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String stored = secrets.seal(WebhookSecrets.generate());
        SealedSecrets other = new SealedSecrets(new TextSealer(Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes())));
        assertThatThrownBy(() -> other.open(stored)).isInstanceOf(IllegalStateException.class);
    }
}
