package org.earlyhelp.events;

/** Why a child might need early help (domain.md): the codes the API accepts, events carry and reports count. */
public enum NeedIndicator {
    DISABILITY("Disabled"),
    SPECIAL_EDUCATIONAL_NEEDS("Special educational needs (with or without an EHC plan)"),
    YOUNG_CARER("Young carer"),
    BEREAVEMENT("Bereaved"),
    ANTI_SOCIAL_OR_CRIMINAL_BEHAVIOUR("Anti-social or criminal behaviour, gangs, county lines, serious violence"),
    MISSING_FROM_HOME_OR_CARE("Frequently missing from home or care"),
    EXPLOITATION_RISK("At risk of exploitation (sexual, criminal, modern slavery, trafficking)"),
    RADICALISATION_RISK("At risk of radicalisation"),
    ONLINE_HARM("Harmful online content or relationships"),
    PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse"),
    PARENTAL_MENTAL_HEALTH("Adult mental health"),
    DOMESTIC_ABUSE("Domestic abuse"),
    PARENTAL_CONFLICT("Harmful parental conflict"),
    CHILD_SUBSTANCE_MISUSE("Misusing drugs or alcohol"),
    CHILD_MENTAL_HEALTH("Mental ill health"),
    EMOTIONAL_WELLBEING("Emotional wellbeing"),
    RETURNED_HOME_FROM_CARE("Returned home from care"),
    PRIVATELY_FOSTERED("Privately fostered"),
    PARENT_IN_CUSTODY("Parent or carer in custody"),
    PERSISTENT_ABSENCE("Persistent absence from school"),
    MISSING_EDUCATION("Missing education or not in full-time education"),
    SUSPENSION_OR_EXCLUSION("Multiple suspensions or exclusion"),
    HOUSING("Housing"),
    FINANCIAL_HARDSHIP("Debt or financial hardship"),
    FAMILY_RELATIONSHIPS("Strained relationships at home"),
    BOUNDARIES_AND_ROUTINES("Boundaries and routines"),
    PHYSICAL_HEALTH("Physical health"),
    EARLY_YEARS_DEVELOPMENT("Early years development"),
    OTHER("Other (described in words)");

    private final String label;

    NeedIndicator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The indicator named by a code, or empty for a code that is not in the vocabulary. */
    public static java.util.Optional<NeedIndicator> parse(String code) {
        return java.util.Arrays.stream(values()).filter(n -> n.name().equals(code)).findFirst();
    }
}
