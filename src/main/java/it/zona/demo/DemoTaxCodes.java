package it.zona.demo;

import it.zona.shared.TaxCode;

/** Made-up 11-digit tax codes with a valid check digit, so demo data pass the same validation as real data. */
final class DemoTaxCodes {

    private DemoTaxCodes() {}

    /** 99, the seed on eight digits, and the check digit. */
    static String numeric(int seed) {
        return numeric("99", seed);
    }

    /** The prefix, the number padded to make ten digits with it, and the check digit. */
    static String numeric(String prefix, int number) {
        String body = prefix + String.format("%0" + (10 - prefix.length()) + "d", number);
        if (!body.matches("\\d{10}")) {
            throw new IllegalArgumentException("Not ten digits: " + body);
        }
        return body + TaxCode.numericCheckDigit(body);
    }
}
