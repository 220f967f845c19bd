package org.earlyhelp.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

/** Signing with a rotated secret: two signatures while the rotation overlaps, one after; each verifiable on its own. */
class WebhookSignaturesTest {

    static final Instant ROTATED = Instant.parse("2027-03-22T10:15:30Z");

    static WebhookSubscription subscriptionSignedWith(String sealedSecret) {
        return WebhookSubscription.create("isle-of-wight", "partner", "school", "https://partner.example.org/hooks",
                List.of("earlyhelp.plan.plan-opened.v1"), sealedSecret, ROTATED.minus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("after a rotation with a 24 h overlap, the new and the previous secret sign (new first) until the overlap ends, then the new one only")
    void overlapThenNewOnly() {
        WebhookSubscription subscription = subscriptionSignedWith("old");
        assertThat(subscription.signingSecrets(ROTATED)).containsExactly("old");

        Instant validUntil = subscription.rotateSecret("new", Duration.ofHours(24), ROTATED);

        assertThat(validUntil).isEqualTo(ROTATED.plus(Duration.ofHours(24)));
        assertThat(subscription.previousSecretValidUntil()).isEqualTo(validUntil);
        assertThat(subscription.secretRotatedAt()).isEqualTo(ROTATED);
        assertThat(subscription.signingSecrets(ROTATED)).containsExactly("new", "old");
        assertThat(subscription.signingSecrets(validUntil.minusSeconds(1))).containsExactly("new", "old");
        assertThat(subscription.signingSecrets(validUntil)).containsExactly("new");
        assertThat(subscription.signingSecrets(validUntil.plus(Duration.ofDays(3)))).containsExactly("new");
    }

    @Test
    @DisplayName("a zero overlap retires the previous secret at once; a rotation during an overlap retires the older one: never more than two")
    void zeroOverlapAndRotationDuringOverlap() {
        WebhookSubscription once = subscriptionSignedWith("old");
        assertThat(once.rotateSecret("new", Duration.ZERO, ROTATED)).isEqualTo(ROTATED);
        assertThat(once.signingSecrets(ROTATED)).containsExactly("new");

        WebhookSubscription twice = subscriptionSignedWith("first");
        twice.rotateSecret("second", Duration.ofHours(24), ROTATED);
        twice.rotateSecret("third", Duration.ofHours(48), ROTATED.plus(Duration.ofHours(1)));
        assertThat(twice.signingSecrets(ROTATED.plus(Duration.ofHours(2)))).containsExactly("third", "second");
        assertThat(twice.signingSecrets(ROTATED.plus(Duration.ofHours(49)))).containsExactly("third");
    }

    @Test
    @DisplayName("an overlap outside 0..168 hours is refused by the subscription itself, which keeps its secret")
    void overlapIsBounded() {
        WebhookSubscription subscription = subscriptionSignedWith("old");
        assertThatThrownBy(() -> subscription.rotateSecret("new", Duration.ofHours(169), ROTATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> subscription.rotateSecret("new", Duration.ofHours(-1), ROTATED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(subscription.signingSecrets(ROTATED)).containsExactly("old");
        assertThatCode(() -> subscription.rotateSecret("new", Duration.ofHours(168), ROTATED)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the header holds 'v1,<sig-new> v1,<sig-old>': each is the Standard Webhooks HMAC with its secret, and a receiver holding either secret accepts the message")
    void twoSignaturesEachVerifiable() throws Exception {
        String previous = WebhookSecrets.generate();
        String current = WebhookSecrets.generate();
        String id = "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607";
        String body = "{\"type\":\"earlyhelp.plan.plan-opened.v1\",\"timestamp\":\"2027-03-22T10:15:31Z\",\"data\":{}}";
        long timestamp = ROTATED.getEpochSecond() + 1;

        String header = WebhookSignatures.header(List.of(current, previous), id, timestamp, body);

        String[] signatures = header.split(" ");
        assertThat(signatures).hasSize(2);
        assertThat(signatures[0]).isEqualTo("v1," + hmac(current, id + "." + timestamp + "." + body));
        assertThat(signatures[1]).isEqualTo("v1," + hmac(previous, id + "." + timestamp + "." + body));
        assertThat(accepts(current, id, timestamp, body, header)).as("a receiver that has the new secret").isTrue();
        assertThat(accepts(previous, id, timestamp, body, header)).as("a receiver still on the previous secret").isTrue();
        assertThat(accepts(WebhookSecrets.generate(), id, timestamp, body, header)).as("any other secret").isFalse();
        assertThat(accepts(previous, id, timestamp, body + " ", header)).as("a changed body").isFalse();
    }

    @Test
    @DisplayName("after the overlap the header holds one signature, which the previous secret no longer verifies")
    void oneSignatureAfterTheOverlap() throws Exception {
        String previous = WebhookSecrets.generate();
        String current = WebhookSecrets.generate();
        long timestamp = ROTATED.plus(Duration.ofHours(25)).getEpochSecond();
        String header = WebhookSignatures.header(List.of(current), "msg_1", timestamp, "{}");
        assertThat(header).isEqualTo("v1," + hmac(current, "msg_1." + timestamp + ".{}")).doesNotContain(" ");
        assertThat(accepts(current, "msg_1", timestamp, "{}", header)).isTrue();
        assertThat(accepts(previous, "msg_1", timestamp, "{}", header)).isFalse();
        assertThatThrownBy(() -> WebhookSignatures.header(List.of(), "msg_1", timestamp, "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * What a receiver holding {@code secret} does with the message: the Standard Webhooks library's own signature of it (at the
     * message's timestamp, not the receiver's wall clock, so the test holds on any day) must be one of the header's.
     */
    static boolean accepts(String secret, String id, long timestamp, String body, String header) throws Exception {
        return List.of(header.split(" ")).contains(new Webhook(secret).sign(id, timestamp, body));
    }

    /** The signature as the Standard Webhooks specification defines it, by hand. */
    static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
