package org.earlyhelp.notification.email;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.earlyhelp.platform.security.CurrentCaller;
import org.earlyhelp.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/notification-preferences/me}: where my notifications are emailed, and whether. */
@Path("/api/notification-preferences/me")
@RolesAllowed({ Roles.PRACTITIONER, Roles.EARLY_HELP_TEAM, Roles.SOCIAL_WORKER, Roles.MANAGER })
public class NotificationPreferenceResource {

    public record Preference(String email, boolean emailEnabled) {
    }

    public record Change(@Email @Size(max = 320) String email, @NotNull Boolean emailEnabled) {
    }

    private final EmailPreferences preferences;
    private final CurrentCaller caller;

    public NotificationPreferenceResource(EmailPreferences preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Read the caller's email preferences")
    public Preference mine() {
        return preferences.of(caller.get().userId()).map(p -> new Preference(p.email(), p.emailEnabled()))
                .orElse(new Preference(null, true));
    }

    @PUT
    @Operation(summary = "Change the caller's email preferences")
    public Preference change(@NotNull @Valid Change body) {
        EmailPreference changed = preferences.change(caller.get(), body.email(), body.emailEnabled());
        return new Preference(changed.email(), changed.emailEnabled());
    }
}
