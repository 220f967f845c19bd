package org.earlyhelp.referral.timing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A school holiday, first and last day included; written {@code 2027-07-22/2027-09-01} in settings. */
public record HolidayPeriod(LocalDate from, LocalDate to) {

    public HolidayPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A holiday cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static HolidayPeriod parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A holiday is written from/to, e.g. 2027-07-22/2027-09-01, not '" + text + "'");
        }
        try {
            return new HolidayPeriod(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A holiday is written from/to as ISO dates, not '" + text + "'", e);
        }
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
