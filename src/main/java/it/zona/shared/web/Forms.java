package it.zona.shared.web;

import it.zona.shared.DomainException;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The one way a page handles a form sent to it: when it converted and validated, the change runs
 * (the facade's transactional, audited call, written in the controller) and answers where to go;
 * a domain rule's refusal goes on the form next to its field ({@link FormErrors}); with any error
 * the form's page is shown again, with what the user typed.
 */
public final class Forms {

    private Forms() {}

    public static String submit(BindingResult errors, Supplier<String> change, Supplier<String> page) {
        if (!errors.hasErrors()) {
            try {
                return change.get();
            } catch (DomainException refused) {
                FormErrors.add(errors, refused);
            }
        }
        return page.get();
    }
}
