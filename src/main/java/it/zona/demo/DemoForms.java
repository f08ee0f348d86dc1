package it.zona.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a generated form against its Bean Validation constraints before a service takes it, as
 * the pages and the API do for what people type: the services check the rules, the forms their
 * shapes (lengths, patterns, check digits), and generated data must pass both.
 */
@Component
class DemoForms {

    private final Validator validator;

    DemoForms(Validator validator) {
        this.validator = validator;
    }

    <T> T valid(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Generated data would be refused: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage() + " (" + v.getInvalidValue() + ")")
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        return form;
    }
}
