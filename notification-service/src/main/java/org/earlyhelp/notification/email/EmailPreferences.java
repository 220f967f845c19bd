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

    /**
     * Keeps the token's address unless one is known. One statement, so a practitioner's first requests arriving
     * together cannot both insert (a read-then-persist did, and the second answered 500); once an address is
     * known it changes nothing.
     */
    @Transactional
    public void learn(Caller caller, String emailClaim) {
        if (emailClaim == null || emailClaim.isBlank()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                insert into notification_preference (user_id, area, email, email_enabled, updated_at) values (?1, ?2, ?3, true, ?4)
                on conflict (user_id) do update set email = excluded.email, updated_at = excluded.updated_at
                where notification_preference.email is null""")
                .setParameter(1, caller.userId()).setParameter(2, caller.area()).setParameter(3, emailClaim)
                .setParameter(4, clock.instant()).executeUpdate();
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
