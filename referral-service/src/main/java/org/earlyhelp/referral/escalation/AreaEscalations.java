package org.earlyhelp.referral.escalation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.time.WorkingDayCalendar;

/** An area's escalation timescales: its own settings where it has them, else the defaults. */
@ApplicationScoped
public class AreaEscalations {

    private final EscalationSettings settings;

    public AreaEscalations(EscalationSettings settings) {
        this.settings = settings;
    }

    public EscalationTimescales forArea(String area) {
        EscalationSettings.Defaults defaults = settings.escalations();
        EscalationSettings.Area own = settings.areas().get(area);
        if (own == null) {
            return new EscalationTimescales(WorkingDayCalendar.of(defaults.bankHolidays()),
                    List.of(defaults.stage1(), defaults.stage2(), defaults.stage3()), defaults.dueSoonWorkingDays(),
                    defaults.partnershipAgency());
        }
        var mine = own.escalations();
        return new EscalationTimescales(WorkingDayCalendar.of(own.bankHolidays().orElse(defaults.bankHolidays())),
                List.of(mine.flatMap(EscalationSettings.AreaEscalations::stage1).orElse(defaults.stage1()),
                        mine.flatMap(EscalationSettings.AreaEscalations::stage2).orElse(defaults.stage2()),
                        mine.flatMap(EscalationSettings.AreaEscalations::stage3).orElse(defaults.stage3())),
                mine.flatMap(EscalationSettings.AreaEscalations::dueSoonWorkingDays).orElse(defaults.dueSoonWorkingDays()),
                mine.flatMap(EscalationSettings.AreaEscalations::partnershipAgency).orElse(defaults.partnershipAgency()));
    }

    public boolean remindersEnabled() {
        return settings.escalations().reminders().enabled();
    }
}
