package org.earlyhelp.plan.opening;

import java.util.Locale;

/** Plain-English wording for a draft goal made from an assessed need, until the family and lead professional agree their own. */
final class NeedLabels {

    static String draftGoalFor(String indicator) {
        String words = indicator.toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Draft goal to agree with the family: support for " + words;
    }

    private NeedLabels() {
    }
}
