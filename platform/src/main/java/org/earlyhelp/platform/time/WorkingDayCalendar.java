package org.earlyhelp.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days of one nation: Monday to Friday, less its bank holidays (substitute days
 * included), from the jollyday holiday library.
 */
public final class WorkingDayCalendar {

    private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create("gb"));
    private static final Map<BankHolidays, WorkingDayCalendar> CALENDARS = new ConcurrentHashMap<>();

    private final BankHolidays nation;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(BankHolidays nation) {
        this.nation = nation;
    }

    public static WorkingDayCalendar of(BankHolidays nation) {
        return CALENDARS.computeIfAbsent(nation, WorkingDayCalendar::new);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays(date.getYear()).contains(date);
    }

    /**
     * The Nth working day after {@code from}, {@code from} itself not counted: "within N working
     * days of an event" (api.md).
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The date N working days before {@code to}: when "due soon" reminders start. */
    public LocalDate subtractWorkingDays(LocalDate to, int workingDays) {
        LocalDate date = to;
        int counted = 0;
        while (counted < workingDays) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public Set<LocalDate> bankHolidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> UK.getHolidays(Year.of(y), nation.jollydaySubdivision).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }
}
