package org.earlyhelp.referral.timing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/** Each area's {@link HandoverTiming}, read from settings once; a malformed holiday stops the service at start. */
@ApplicationScoped
@Startup
public class HandoverTimings {

    private final Map<String, HandoverTiming> byArea;
    private final HandoverTiming none;

    public HandoverTimings(SchoolHolidaySettings settings) {
        this.none = new HandoverTiming(List.of(), settings.warnDaysBefore(), settings.schoolAgencies());
        this.byArea = settings.summer().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> new HandoverTiming(e.getValue().stream().map(HolidayPeriod::parse).toList(), settings.warnDaysBefore(),
                        settings.schoolAgencies())));
    }

    public HandoverTiming forArea(String area) {
        return byArea.getOrDefault(area, none);
    }
}
