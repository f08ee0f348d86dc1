package it.zona.demo;

import it.zona.shared.TaxCode;

/** Made-up 11-digit tax codes with a valid check digit, so demo data pass the same validation as real data. */
final class DemoTaxCodes {

    private DemoTaxCodes() {}

    /** 99, the seed on eight digits, and the check digit. */
    static String numeric(int seed) {
        String body = String.format("99%08d", seed);
        return body + TaxCode.numericCheckDigit(body);
    }
}
