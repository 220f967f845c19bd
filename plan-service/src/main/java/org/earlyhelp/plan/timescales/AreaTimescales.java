package org.earlyhelp.plan.timescales;

import jakarta.enterprise.context.ApplicationScoped;
import org.earlyhelp.platform.time.WorkingDayCalendar;

/** Looks up an area's timescales: its own settings where it has them, else the defaults. */
@ApplicationScoped
public class AreaTimescales {

    private final AreaSettings settings;

    public AreaTimescales(AreaSettings settings) {
        this.settings = settings;
    }

    public Timescales forArea(String area) {
        AreaSettings.Defaults defaults = settings.timescales();
        AreaSettings.Area own = settings.areas().get(area);
        if (own == null) {
            return new Timescales(WorkingDayCalendar.of(defaults.bankHolidays()), defaults.initialReviewWorkingDays(),
                    defaults.reviewIntervalDays(), defaults.maxReviewIntervalDays(), defaults.revisedPlanWorkingDays(),
                    defaults.closureSummaryWorkingDays());
        }
        return new Timescales(WorkingDayCalendar.of(own.bankHolidays().orElse(defaults.bankHolidays())),
                own.initialReviewWorkingDays().orElse(defaults.initialReviewWorkingDays()),
                own.reviewIntervalDays().orElse(defaults.reviewIntervalDays()),
                own.maxReviewIntervalDays().orElse(defaults.maxReviewIntervalDays()),
                own.revisedPlanWorkingDays().orElse(defaults.revisedPlanWorkingDays()),
                own.closureSummaryWorkingDays().orElse(defaults.closureSummaryWorkingDays()));
    }
}
