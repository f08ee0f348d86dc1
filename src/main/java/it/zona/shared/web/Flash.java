package it.zona.shared.web;

import it.zona.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message shown after a redirect (POST-redirect-GET): a success, or the refusal of a change
 * that was made from a plain button rather than a form with fields to show it next to. The
 * district/fragments :: messages fragment displays both.
 */
public final class Flash {

    private Flash() {}

    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("message", messageKey);
        if (arguments.length > 0) {
            redirect.addFlashAttribute("messageArguments", arguments);
        }
    }

    public static void refusal(RedirectAttributes redirect, DomainException refused) {
        redirect.addFlashAttribute("error", refused.messageKey());
        redirect.addFlashAttribute("errorArguments", refused.arguments());
    }

    /** Makes the change and flashes its success, or its refusal when a domain rule says no. */
    public static void attempt(RedirectAttributes redirect, Runnable change, String successKey, Object... arguments) {
        try {
            change.run();
            success(redirect, successKey, arguments);
        } catch (DomainException refused) {
            refusal(redirect, refused);
        }
    }
}
