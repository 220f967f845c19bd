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

    private WebhookRequests() {
    }
}
