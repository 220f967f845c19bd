package org.earlyhelp.referral.timing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code earlyhelp.school-holidays.*}: each area's summer holidays as from/to ranges
 * ({@code summer."isle-of-wight"=2027-07-22/2027-09-01,...}), how many days before one a school
 * lead professional earns a warning, and which agency codes are schools.
 */
@ConfigMapping(prefix = "earlyhelp.school-holidays")
public interface SchoolHolidaySettings {

    @WithDefault("21")
    int warnDaysBefore();

    @WithDefault("school")
    Set<String> schoolAgencies();

    Map<String, List<String>> summer();
}
