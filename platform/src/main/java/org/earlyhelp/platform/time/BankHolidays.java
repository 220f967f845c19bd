package org.earlyhelp.platform.time;

/** Which nation's bank holidays an area keeps (England and Wales share theirs). */
public enum BankHolidays {
    ENGLAND_AND_WALES("eng"), SCOTLAND("sct"), NORTHERN_IRELAND("nir");

    final String jollydaySubdivision;

    BankHolidays(String jollydaySubdivision) {
        this.jollydaySubdivision = jollydaySubdivision;
    }
}
