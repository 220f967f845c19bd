package org.earlyhelp.platform.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.earlyhelp.events.SealedText;

/**
 * Seals narrative text that has to travel inside an event (AES-GCM, a fresh 96-bit nonce per
 * value, the nonce prefixed to the ciphertext). Without the key the broker's copy says nothing.
 */
@ApplicationScoped
public class TextSealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    @Inject
    public TextSealer(SealingConfig config) {
        this(config.sealingKey().orElseThrow(() -> new IllegalStateException(
                "earlyhelp.events.sealing-key is not set: the service cannot seal or open event text")));
    }

    public TextSealer(String base64Key) {
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES");
    }

    /**
     * Called at start-up by the beans that seal or open text, so a service with no key fails
     * to start instead of failing its first request.
     */
    public void requireKey() {
        // the constructor has already refused a missing key
    }

    public SealedText seal(String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return new SealedText(Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal text", e);
        }
    }

    public String open(SealedText sealed) {
        if (sealed == null || sealed.ciphertext() == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Sealed text cannot be opened with this service's key", e);
        }
    }
}
