package it.zona.shared.web;

import it.zona.shared.DomainException;
import it.zona.shared.StaleVersionException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Shows a domain refusal on the form that caused it: next to its field when the form has one by
 * that name, at the top of the form otherwise (a lost update too: its field is hidden). The form keeps what the user typed.
 */
public final class FormErrors {

    private FormErrors() {}

    public static void add(BindingResult errors, DomainException refusal) {
        String field = refusal.field();
        // The version travels in a hidden field, where an error would never be seen.
        if (field != null && !(refusal instanceof StaleVersionException) && hasField(errors, field)) {
            errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
        } else {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (NotReadablePropertyException e) {
            return false;
        }
    }
}
