package it.zona.shared;

import java.util.Locale;

/**
 * An Italian codice fiscale: either the 11-digit code of a body (the same form as a partita IVA,
 * ending in a Luhn-style check digit) or the 16-character code of a person (ending in a check letter
 * computed from the odd/even position tables). Cannot exist with a wrong check character.
 */
public record TaxCode(String value) {

    // Values of characters in odd positions (1st, 3rd, ...) for the personal code's check letter,
    // indexed by digit 0-9 and by letter A-Z; digits share the value of the letter at their index.
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    // Letters that replace digits in codes changed to resolve a clash (omocodia), in digit order.
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final String MONTHS = "ABCDEHLMPRST";

    public TaxCode {
        value = normalize(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid tax code: " + value);
        }
    }

    public boolean isPersonal() {
        return value.length() == 16;
    }

    /** The code as people type it, tolerant of case and surrounding or inner spaces. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replace(" ", "").strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        String code = normalize(raw);
        if (code == null) {
            return false;
        }
        return code.length() == 11 ? isValidNumeric(code) : code.length() == 16 && isValidPersonal(code);
    }

    /** The 11-digit form, shared by bodies' tax codes and VAT numbers. */
    public static boolean isValidNumeric(String code) {
        return code != null && code.matches("\\d{11}") && numericCheckDigit(code.substring(0, 10)) == code.charAt(10);
    }

    /** The check digit that completes ten digits into an 11-digit code (Luhn: even positions doubled). */
    public static char numericCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public static boolean isValidPersonal(String code) {
        if (code == null
                || !code.matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")) {
            return false;
        }
        if (MONTHS.indexOf(code.charAt(8)) < 0 || !plausibleDay(code.substring(9, 11))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            // Positions are counted from 1, so index 0 is an odd position.
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return code.charAt(15) == (char) ('A' + sum % 26);
    }

    private static boolean plausibleDay(String encoded) {
        StringBuilder digits = new StringBuilder();
        for (char c : encoded.toCharArray()) {
            digits.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA.indexOf(c)));
        }
        int day = Integer.parseInt(digits.toString());
        // Women's codes add 40 to the day of birth.
        return (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    }

    @Override
    public String toString() {
        return value;
    }
}
