package org.earlyhelp.assessment.family;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identifiers a family's records carry, checked as their issuers define them: the NHS
 * number's modulus-11 check digit, the Unique Pupil Number's check letter (DfE), the UK postcode
 * format.
 */
public final class Identifiers {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern UPN = Pattern.compile("[A-Z]\\d{11}[0-9A-Z]");
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern POSTCODE = Pattern.compile("(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})");

    /** "943 476 5919" -> "9434765919"; spaces and hyphens are how people write it. */
    public static String normaliseNhsNumber(String value) {
        return value == null ? null : value.replaceAll("[\\s-]", "");
    }

    /** Ten digits whose tenth is the modulus-11 check digit of the first nine (weights 10 down to 2). */
    public static boolean isValidNhsNumber(String value) {
        String digits = normaliseNhsNumber(value);
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    public static String normaliseUpn(String value) {
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * A Unique Pupil Number: a check letter then 12 characters (11 digits and a digit, or a
     * letter for a temporary UPN). The check letter is the sum of characters 2 to 13 times
     * weights 2 to 13, modulo 23, as a letter of A-Z without I, O and S.
     */
    public static boolean isValidUpn(String value) {
        String upn = normaliseUpn(value);
        if (upn == null || !UPN.matcher(upn).matches()) {
            return false;
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = upn.charAt(position - 1);
            int numeric;
            if (Character.isDigit(c)) {
                numeric = c - '0';
            } else {
                numeric = UPN_LETTERS.indexOf(c);
                if (numeric < 0) {
                    return false;
                }
            }
            sum += numeric * position;
        }
        return upn.charAt(0) == UPN_LETTERS.charAt(sum % 23);
    }

    /** "po30 1ud" -> "PO30 1UD". */
    public static String normalisePostcode(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }

    public static boolean isValidPostcode(String value) {
        String postcode = normalisePostcode(value);
        return postcode != null && POSTCODE.matcher(postcode).matches();
    }

    private Identifiers() {
    }
}
