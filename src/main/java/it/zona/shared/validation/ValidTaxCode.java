package it.zona.shared.validation;

import it.zona.shared.TaxCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A codice fiscale of the given {@link Kind}, or blank. Check digits are verified; spaces and case
 * are forgiven.
 */
@Documented
@Constraint(validatedBy = ValidTaxCode.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTaxCode {

    Kind value() default Kind.ANY;

    String message() default "{validation.taxCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        /** 11 digits (a body) or 16 characters (a person or a sole trader). */
        ANY,
        /** 16 characters only. */
        PERSONAL,
        /** 11 digits only: a partita IVA. */
        NUMERIC
    }

    class Validator implements ConstraintValidator<ValidTaxCode, String> {

        private Kind kind;

        @Override
        public void initialize(ValidTaxCode annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String code = TaxCode.normalize(value);
            if (code == null || code.isEmpty()) {
                return true;
            }
            return switch (kind) {
                case ANY -> TaxCode.isValid(code);
                case PERSONAL -> TaxCode.isValidPersonal(code);
                case NUMERIC -> TaxCode.isValidNumeric(code);
            };
        }
    }
}
