package org.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NeedIndicatorTest {

    @Test
    @DisplayName("every need indicator but OTHER belongs to a Supporting Families headline")
    void everyNeedHasAHeadline() {
        assertThat(Arrays.stream(NeedIndicator.values()).filter(n -> n.headline().isEmpty()))
                .containsExactly(NeedIndicator.OTHER);
    }

    @Test
    @DisplayName("each of the ten headlines has at least one need indicator under it")
    void everyHeadlineHasANeed() {
        Set<SupportingFamiliesHeadline> used = Arrays.stream(NeedIndicator.values()).flatMap(n -> n.headline().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SupportingFamiliesHeadline.class)));
        assertThat(used).containsExactlyInAnyOrder(SupportingFamiliesHeadline.values());
        assertThat(SupportingFamiliesHeadline.values()).hasSize(10);
    }

    @Test
    @DisplayName("the needs issue 19 adds parse from their codes, under the headlines the programme counts them")
    void theNewNeeds() {
        assertThat(NeedIndicator.parse("NEGLECT").flatMap(NeedIndicator::headline))
                .contains(SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION);
        assertThat(NeedIndicator.parse("NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING").flatMap(NeedIndicator::headline))
                .contains(SupportingFamiliesHeadline.FINANCIAL_STABILITY);
        assertThat(NeedIndicator.parse("CHILD_ON_CHILD_ABUSE").flatMap(NeedIndicator::headline))
                .contains(SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION);
        assertThat(NeedIndicator.parse("CRIMINAL_BEHAVIOUR_IN_FAMILY").flatMap(NeedIndicator::headline))
                .contains(SupportingFamiliesHeadline.CRIME_PREVENTION);
    }
}
