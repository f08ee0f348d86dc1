package it.zona.catalogue;

import it.zona.shared.PlainText;
import it.zona.shared.RuleViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.validation.BindingResult;

/**
 * A service as its page's form sends it: {@link SocialServiceForm} with the application window as
 * four plain fields, all left empty for a service without one, since a form without script has no
 * other way to say "no window". Boxes left unticked send nothing, so their lists come back empty.
 * The constraints are the service form's own, checked on the form this one becomes; they and the
 * catalogue's refusals are said next to the field of this page they come from.
 */
record ServicePageForm(
        ServiceKind kind,
        ServiceCategory category,
        String serviceCode,
        String title,
        ServiceStatus status,
        LocalDate statusFrom,
        LocalDate statusUntil,
        String summary,
        String audienceText,
        String howTo,
        String documents,
        String outcome,
        String costs,
        String deadlines,
        String contacts,
        List<Audience> audiences,
        boolean allMunicipalities,
        List<String> municipalities,
        List<Long> officeIds,
        List<Long> interventionIds,
        LocalDate windowOpensOn,
        LocalDate windowClosesOn,
        BigDecimal windowBudget,
        Integer windowPlaces,
        Long version) {

    ServicePageForm {
        audiences = audiences == null ? List.of() : audiences;
        municipalities = municipalities == null ? List.of() : municipalities;
        officeIds = officeIds == null ? List.of() : officeIds;
        interventionIds = interventionIds == null ? List.of() : interventionIds;
    }

    /** A new service: active, for every municipality of the District, the rest to write. */
    static ServicePageForm empty() {
        return new ServicePageForm(
                null,
                null,
                null,
                "",
                ServiceStatus.ACTIVE,
                null,
                null,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static ServicePageForm of(SocialServiceView service) {
        SocialServiceForm.WindowForm window = service.window();
        return new ServicePageForm(
                service.kind(),
                service.category(),
                service.serviceCode(),
                service.title(),
                service.status(),
                service.statusFrom(),
                service.statusUntil(),
                service.summary(),
                service.audienceText(),
                service.howTo(),
                service.documents(),
                service.outcome(),
                service.costs(),
                service.deadlines(),
                service.contacts(),
                service.audiences(),
                service.allMunicipalities(),
                service.municipalities(),
                service.officeIds(),
                service.interventionIds(),
                window == null ? null : window.opensOn(),
                window == null ? null : window.closesOn(),
                window == null ? null : window.budget(),
                window == null ? null : window.places(),
                service.version());
    }

    /**
     * The service form's constraints, each said next to its field here; a field whose value did not
     * convert keeps that error alone. An incomplete window is one without its dates.
     */
    void check(Validator validator, BindingResult errors) {
        for (ConstraintViolation<SocialServiceForm> violation : validator.validate(toServiceForm())) {
            String field = pageField(violation.getPropertyPath().toString());
            if (!errors.hasFieldErrors(field)) {
                String constraint = violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
                errors.rejectValue(field, constraint, violation.getMessage());
            }
        }
    }

    /** Calls the catalogue with this form as the service form; a refusal is said of this page's field. */
    <T> T send(Function<SocialServiceForm, T> catalogue) {
        try {
            return catalogue.apply(toServiceForm());
        } catch (RuleViolationException refused) {
            if (refused.field() == null) {
                throw refused;
            }
            String field = pageField(refused.field());
            throw refused.isConflict()
                    ? RuleViolationException.conflict(field, refused.messageKey(), refused.arguments())
                    : RuleViolationException.invalid(field, refused.messageKey(), refused.arguments());
        }
    }

    SocialServiceForm toServiceForm() {
        return new SocialServiceForm(
                kind,
                category,
                PlainText.blankToNull(serviceCode),
                title,
                status,
                statusFrom,
                statusUntil,
                summary,
                audienceText,
                howTo,
                documents,
                outcome,
                costs,
                deadlines,
                contacts,
                audiences,
                allMunicipalities,
                municipalities,
                officeIds,
                interventionIds,
                window(),
                version);
    }

    private SocialServiceForm.WindowForm window() {
        boolean none = windowOpensOn == null && windowClosesOn == null && windowBudget == null && windowPlaces == null;
        return none
                ? null
                : new SocialServiceForm.WindowForm(windowOpensOn, windowClosesOn, windowBudget, windowPlaces);
    }

    /**
     * This page's field for a field of the service form: the window's parts are fields of their own
     * here, and an element of a list ({@code municipalities[2]}) is said of its list's boxes.
     */
    static String pageField(String serviceField) {
        String field = serviceField.replaceAll("\\[.*$", "");
        return switch (field) {
            case "window", "window.opensOn" -> "windowOpensOn";
            case "window.closesOn" -> "windowClosesOn";
            case "window.budget" -> "windowBudget";
            case "window.places" -> "windowPlaces";
            default -> field;
        };
    }
}
