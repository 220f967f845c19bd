package org.earlyhelp.reporting.supportingfamilies;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.earlyhelp.events.NeedIndicator;
import org.earlyhelp.events.SupportingFamiliesHeadline;

/**
 * Needs as Supporting Families headlines ({@link NeedIndicator#headline()}, in event-contracts): a family is in the
 * programme's cohort when its needs fall under at least {@value #COHORT_HEADLINES} different headlines. OTHER, and a code
 * this build does not know, belong to none.
 */
public final class Headlines {

    public static final int COHORT_HEADLINES = 3;

    private Headlines() {
    }

    /** The distinct headlines of some need codes, as codes, sorted. */
    public static List<String> of(Collection<String> needCodes) {
        return needCodes.stream().filter(Objects::nonNull).map(NeedIndicator::parse).flatMap(java.util.Optional::stream)
                .map(NeedIndicator::headline).flatMap(java.util.Optional::stream).map(SupportingFamiliesHeadline::name)
                .distinct().sorted().toList();
    }

    public static boolean inCohort(Collection<String> needCodes) {
        return of(needCodes).size() >= COHORT_HEADLINES;
    }

    /** Every need code with a headline, comma-separated, and their headlines in the same order: the mapping as SQL reads it. */
    public static Mapping mapping() {
        List<NeedIndicator> withHeadline = Arrays.stream(NeedIndicator.values()).filter(n -> n.headline().isPresent()).toList();
        return new Mapping(withHeadline.stream().map(NeedIndicator::name).collect(Collectors.joining(",")),
                withHeadline.stream().map(n -> n.headline().orElseThrow().name()).collect(Collectors.joining(",")));
    }

    public record Mapping(String codes, String headlines) {
    }
}
