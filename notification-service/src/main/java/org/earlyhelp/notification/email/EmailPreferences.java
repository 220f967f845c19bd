package org.earlyhelp.notification.email;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Each practitioner's email preference: learned from the token's email claim, changed by the practitioner. */
@ApplicationScoped
public class EmailPreferences implements PanacheRepositoryBase<EmailPreference, String> {

    private final Clock clock;

    public EmailPreferences(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void learn(Caller caller, String emailClaim) {
        if (emailClaim == null || emailClaim.isBlank()) {
            return;
        }
        findByIdOptional(caller.userId()).ifPresentOrElse(p -> p.learnEmail(emailClaim, clock.instant()),
                () -> persist(EmailPreference.of(caller.userId(), caller.area(), emailClaim, clock.instant())));
    }

    @Transactional
    public EmailPreference change(Caller caller, String email, boolean enabled) {
        EmailPreference preference = findByIdOptional(caller.userId()).orElseGet(() -> {
            EmailPreference created = EmailPreference.of(caller.userId(), caller.area(), null, clock.instant());
            persist(created);
            return created;
        });
        preference.change(email, enabled, clock.instant());
        return preference;
    }

    public Optional<EmailPreference> of(String userId) {
        return findByIdOptional(userId);
    }
}
