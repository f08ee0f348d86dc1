package it.zona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.zona.shared.RuleViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormsTest {

    record Form(String name) {}

    private static BindingResult errors() {
        return new BeanPropertyBindingResult(new Form("Tavolo"), "form");
    }

    @Test
    void aValidFormRunsTheChangeAndGoesWhereItSays() {
        assertThat(Forms.submit(errors(), () -> "redirect:/done", () -> "form")).isEqualTo("redirect:/done");
    }

    @Test
    void aFormWithErrorsIsShownAgainWithoutRunningTheChange() {
        BindingResult errors = errors();
        errors.rejectValue("name", "NotBlank");
        AtomicInteger runs = new AtomicInteger();
        assertThat(Forms.submit(errors, () -> "redirect:/done" + runs.incrementAndGet(), () -> "form"))
                .isEqualTo("form");
        assertThat(runs).hasValue(0);
    }

    @Test
    void aRefusalGoesNextToItsFieldAndTheFormIsShownAgain() {
        BindingResult errors = errors();
        String answer = Forms.submit(
                errors,
                () -> {
                    throw RuleViolationException.invalid("name", "error.table.nameTaken");
                },
                () -> "form");
        assertThat(answer).isEqualTo("form");
        assertThat(errors.getFieldError("name").getCode()).isEqualTo("error.table.nameTaken");
    }
}
