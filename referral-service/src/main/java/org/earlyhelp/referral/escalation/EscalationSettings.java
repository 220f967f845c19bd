package org.earlyhelp.referral.escalation;

import java.util.Map;
import java.util.Optional;

import org.earlyhelp.platform.time.BankHolidays;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Professional disagreement settings: defaults under {@code earlyhelp.escalations}, an area's own under
 * {@code earlyhelp.areas."<area>".escalations} (and its nation's bank holidays under
 * {@code earlyhelp.areas."<area>".bank-holidays}).
 */
@ConfigMapping(prefix = "earlyhelp")
public interface EscalationSettings {

    Defaults escalations();

    Map<String, Area> areas();

    interface Defaults {
        @WithDefault("ENGLAND_AND_WALES")
        BankHolidays bankHolidays();

        /** Working days for the practitioners' answer. */
        @WithDefault("5")
        int stage1();

        /** Working days for the managers' answer. */
        @WithDefault("5")
        int stage2();

        /** Working days for the safeguarding partnership lead's answer. */
        @WithDefault("10")
        int stage3();

        /** EscalationResponseDueSoon this many working days before the answer is due. */
        @WithDefault("1")
        int dueSoonWorkingDays();

        /** The agency claim of the safeguarding partnership: its managers lead stage 3. */
        @WithDefault("safeguarding-partnership")
        String partnershipAgency();

        Reminders reminders();
    }

    /** The reminders scheduler ({@link EscalationReminders}). */
    interface Reminders {
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for answers due soon or overdue. */
        @WithDefault("5m")
        String every();
    }

    interface Area {
        Optional<BankHolidays> bankHolidays();

        Optional<AreaEscalations> escalations();
    }

    interface AreaEscalations {
        Optional<Integer> stage1();

        Optional<Integer> stage2();

        Optional<Integer> stage3();

        Optional<Integer> dueSoonWorkingDays();

        Optional<String> partnershipAgency();
    }
}
