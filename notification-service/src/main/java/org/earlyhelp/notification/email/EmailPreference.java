package org.earlyhelp.notification.email;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a practitioner's notifications are emailed, and whether at all. The address comes from the token's email claim or the user. */
@Entity
@Table(name = "notification_preference")
public class EmailPreference {

    @Id
    @Column(name = "user_id")
    private String userId;
    private String area;
    private String email;
    @Column(name = "email_enabled")
    private boolean emailEnabled;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EmailPreference() {
    }

    static EmailPreference of(String userId, String area, String email, Instant now) {
        EmailPreference preference = new EmailPreference();
        preference.userId = userId;
        preference.area = area;
        preference.email = email;
        preference.emailEnabled = true;
        preference.updatedAt = now;
        return preference;
    }

    void change(String newEmail, boolean enabled, Instant now) {
        if (newEmail != null) {
            email = newEmail;
        }
        emailEnabled = enabled;
        updatedAt = now;
    }

    public boolean sendsTo() {
        return emailEnabled && email != null;
    }

    public String userId() { return userId; }
    public String email() { return email; }
    public boolean emailEnabled() { return emailEnabled; }
}
