package it.zona.agreement;

import java.util.List;

/**
 * What validating a signed file found: its format, the overall indication (the worst of its
 * signatures', or FAILED when the file is no signature of the frozen agreement), the reason when
 * not passed, each signature, and DSS's simple and detailed reports as it issued them.
 */
public record Verdict(
        SignatureFormat format,
        Indication indication,
        Reason reason,
        List<SignerReport> signers,
        String simpleReport,
        String detailedReport) {

    /** Why a file did not pass. */
    public enum Reason {
        /** No signature could be read in the file. */
        NOT_SIGNED,
        /** The signed content is not the frozen agreement. */
        NOT_THE_AGREEMENT,
        /** The PDF was changed after its last signature. */
        CHANGED_AFTER_SIGNING,
        /** DSS found a signature that is not valid (see its sub-indication). */
        SIGNATURE_FAILED,
        /** DSS could not establish that a signature is valid (see its sub-indication). */
        SIGNATURE_INDETERMINATE
    }

    static Verdict refused(
            SignatureFormat format, Reason reason, List<SignerReport> signers, String simple, String detailed) {
        return new Verdict(format, Indication.FAILED, reason, signers, simple, detailed);
    }
}
