package org.earlyhelp.events;

/** Why a child might need early help (domain.md): the codes the API accepts, events carry and reports count. */
public enum NeedIndicator {
    DISABILITY("Disabled", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    SPECIAL_EDUCATIONAL_NEEDS("Special educational needs (with or without an EHC plan)",
            SupportingFamiliesHeadline.GOOD_EDUCATION),
    YOUNG_CARER("Young carer", SupportingFamiliesHeadline.FAMILY_RELATIONSHIPS),
    BEREAVEMENT("Bereaved", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    ANTI_SOCIAL_OR_CRIMINAL_BEHAVIOUR("Anti-social or criminal behaviour, gangs, county lines, serious violence",
            SupportingFamiliesHeadline.CRIME_PREVENTION),
    MISSING_FROM_HOME_OR_CARE("Frequently missing from home or care",
            SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    EXPLOITATION_RISK("At risk of exploitation (sexual, criminal, modern slavery, trafficking)",
            SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    RADICALISATION_RISK("At risk of radicalisation", SupportingFamiliesHeadline.CRIME_PREVENTION),
    ONLINE_HARM("Harmful online content or relationships", SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    PARENTAL_SUBSTANCE_MISUSE("Parental substance misuse", SupportingFamiliesHeadline.SUBSTANCE_USE),
    PARENTAL_MENTAL_HEALTH("Adult mental health", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    DOMESTIC_ABUSE("Domestic abuse", SupportingFamiliesHeadline.SAFE_FROM_DOMESTIC_ABUSE),
    PARENTAL_CONFLICT("Harmful parental conflict", SupportingFamiliesHeadline.FAMILY_RELATIONSHIPS),
    CHILD_SUBSTANCE_MISUSE("Misusing drugs or alcohol", SupportingFamiliesHeadline.SUBSTANCE_USE),
    CHILD_MENTAL_HEALTH("Mental ill health", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    EMOTIONAL_WELLBEING("Emotional wellbeing", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    RETURNED_HOME_FROM_CARE("Returned home from care", SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    PRIVATELY_FOSTERED("Privately fostered", SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    PARENT_IN_CUSTODY("Parent or carer in custody", SupportingFamiliesHeadline.CRIME_PREVENTION),
    PERSISTENT_ABSENCE("Persistent absence from school", SupportingFamiliesHeadline.GOOD_EDUCATION),
    MISSING_EDUCATION("Missing education or not in full-time education", SupportingFamiliesHeadline.GOOD_EDUCATION),
    SUSPENSION_OR_EXCLUSION("Multiple suspensions or exclusion", SupportingFamiliesHeadline.GOOD_EDUCATION),
    HOUSING("Housing", SupportingFamiliesHeadline.SECURE_HOUSING),
    FINANCIAL_HARDSHIP("Debt or financial hardship", SupportingFamiliesHeadline.FINANCIAL_STABILITY),
    FAMILY_RELATIONSHIPS("Strained relationships at home", SupportingFamiliesHeadline.FAMILY_RELATIONSHIPS),
    BOUNDARIES_AND_ROUTINES("Boundaries and routines", SupportingFamiliesHeadline.FAMILY_RELATIONSHIPS),
    PHYSICAL_HEALTH("Physical health", SupportingFamiliesHeadline.IMPROVED_HEALTH),
    EARLY_YEARS_DEVELOPMENT("Early years development", SupportingFamiliesHeadline.EARLY_YEARS_DEVELOPMENT),
    NEGLECT("Neglect", SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING("Not in education, employment or training (NEET), or at risk of it",
            SupportingFamiliesHeadline.FINANCIAL_STABILITY),
    CHILD_ON_CHILD_ABUSE("Child-on-child abuse, sexual violence or harassment",
            SupportingFamiliesHeadline.SAFE_FROM_ABUSE_AND_EXPLOITATION),
    CRIMINAL_BEHAVIOUR_IN_FAMILY("Criminal behaviour in the family", SupportingFamiliesHeadline.CRIME_PREVENTION),
    OTHER("Other (described in words)", null);

    private final String label;
    private final SupportingFamiliesHeadline headline;

    NeedIndicator(String label, SupportingFamiliesHeadline headline) {
        this.label = label;
        this.headline = headline;
    }

    public String label() {
        return label;
    }

    /** The Supporting Families headline outcome the need belongs to; empty for OTHER, which is described in words. */
    public java.util.Optional<SupportingFamiliesHeadline> headline() {
        return java.util.Optional.ofNullable(headline);
    }

    /** The indicator named by a code, or empty for a code that is not in the vocabulary. */
    public static java.util.Optional<NeedIndicator> parse(String code) {
        return java.util.Arrays.stream(values()).filter(n -> n.name().equals(code)).findFirst();
    }
}
