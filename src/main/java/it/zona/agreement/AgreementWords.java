package it.zona.agreement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the agreement's enums in the page's language ({@code ${@agreementWords.status(s)}}
 * in templates). Each constant names its message key here, so that a new constant fails to compile
 * until it has its words, and the keys are checked like every key the code names.
 */
@Component("agreementWords")
class AgreementWords {

    private final MessageSource messages;

    AgreementWords(MessageSource messages) {
        this.messages = messages;
    }

    public String status(AgreementStatus status) {
        return say(
                switch (status) {
                    case DRAFT -> "agreement.status.DRAFT";
                    case FROZEN -> "agreement.status.FROZEN";
                    case IN_FORCE -> "agreement.status.IN_FORCE";
                });
    }

    /** How a party takes part: it signs, or it adheres. */
    public String kind(PartyKind kind) {
        return say(
                switch (kind) {
                    case SIGNATORY -> "agreement.kind.SIGNATORY";
                    case ADHERENT -> "agreement.kind.ADHERENT";
                });
    }

    public String format(SignatureFormat format) {
        return say(
                switch (format) {
                    case PADES -> "agreement.format.PADES";
                    case CADES -> "agreement.format.CADES";
                });
    }

    /** The outcome of a validation, as ETSI names it, in plain words: "valida", "non conclusiva". */
    public String indication(Indication indication) {
        return say(
                switch (indication) {
                    case PASSED -> "agreement.indication.PASSED";
                    case INDETERMINATE -> "agreement.indication.INDETERMINATE";
                    case FAILED -> "agreement.indication.FAILED";
                });
    }

    /** Why a kept file did not pass. */
    public String reason(Verdict.Reason reason) {
        return say(
                switch (reason) {
                    case NOT_SIGNED -> "agreement.reason.NOT_SIGNED";
                    case NOT_THE_AGREEMENT -> "agreement.reason.NOT_THE_AGREEMENT";
                    case CHANGED_AFTER_SIGNING -> "agreement.reason.CHANGED_AFTER_SIGNING";
                    case SIGNATURE_FAILED -> "agreement.reason.SIGNATURE_FAILED";
                    case SIGNATURE_INDETERMINATE -> "agreement.reason.SIGNATURE_INDETERMINATE";
                });
    }

    private String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
