package org.earlyhelp.notification.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class WebhookRequests {

    /** {@code POST /api/webhook-subscriptions}: where to, and which CloudEvents types (the catalogue's, e.g. earlyhelp.plan.plan-opened.v1). */
    public record Subscribe(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an absolute http or https URL") String url,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> eventTypes) {
    }

    /**
     * {@code POST /api/webhook-subscriptions/{id}/secret-rotations} (body optional): how many hours the previous secret
     * keeps signing beside the new one; {@code earlyhelp.webhooks.rotation-overlap-hours} (24) when absent, 0 retires it at once.
     */
    public record RotateSecret(
            @jakarta.validation.constraints.Min(value = 0, message = "must be between 0 and 168 (hours)")
            @jakarta.validation.constraints.Max(value = 168, message = "must be between 0 and 168 (hours)") Integer overlapHours) {
    }

    private WebhookRequests() {
    }
}
