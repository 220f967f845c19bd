package org.earlyhelp.events;

/**
 * The ten headline outcomes of the Supporting Families programme's outcome framework: every need indicator but OTHER belongs
 * to one, so that needs identified and outcomes achieved can be counted the way the programme asks.
 */
public enum SupportingFamiliesHeadline {
    GOOD_EDUCATION("Getting a good education"),
    EARLY_YEARS_DEVELOPMENT("Good early years development"),
    IMPROVED_HEALTH("Improved mental and physical health"),
    SUBSTANCE_USE("Promoting recovery and reducing harm from substance use"),
    FAMILY_RELATIONSHIPS("Improved family relationships"),
    SAFE_FROM_ABUSE_AND_EXPLOITATION("Children safe from abuse and exploitation"),
    CRIME_PREVENTION("Crime prevention and tackling crime"),
    SAFE_FROM_DOMESTIC_ABUSE("Safe from domestic abuse"),
    SECURE_HOUSING("Secure housing"),
    FINANCIAL_STABILITY("Financial stability");

    private final String label;

    SupportingFamiliesHeadline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
