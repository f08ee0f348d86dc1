package it.zona.eligibility;

import it.zona.catalogue.ServiceKind;
import it.zona.catalogue.SocialServiceView;
import it.zona.eligibility.EligibilityChecks.Catalogue;
import it.zona.eligibility.EligibilityChecks.Checked;
import it.zona.eligibility.EligibilityResult.ServiceEligibility;
import it.zona.municipality.MunicipalityView;
import it.zona.office.OfficeRegistry;
import it.zona.office.OfficeView;
import it.zona.shared.Markdown;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The eligibility check's page (verifica dei requisiti), public and without JavaScript: a form
 * that asks only what the District's services need, and the result, service by service. The answers
 * travel by POST only, are weighed in memory and are never stored or logged; the result page is
 * never kept by a cache, and neither page opens a session or sets a cookie (the POST needs no CSRF
 * token, SecurityConfig). "Modifica le risposte" posts them back to the form, as hidden fields.
 */
@Controller
class CheckController {

    static final String FORM_VIEW = "eligibility/check";
    static final String RESULT_VIEW = "eligibility/result";
    static final String PATH = "/districts/{slug}/services/check";

    private final EligibilityChecks checks;
    private final OfficeRegistry offices;

    CheckController(EligibilityChecks checks, OfficeRegistry offices) {
        this.checks = checks;
        this.offices = offices;
    }

    @PublicPage
    @GetMapping(PATH)
    String form(@PathVariable String slug, Model model) {
        model.addAttribute("form", CheckForm.empty());
        return formPage(checks.catalogue(slug), model);
    }

    /** The form again, with the answers the result page sent back. */
    @PostMapping(path = PATH, params = "edit")
    String edit(
            @PathVariable String slug,
            @ModelAttribute("form") CheckForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        noStore(response);
        return formPage(checks.catalogue(slug), model);
    }

    @PostMapping(path = PATH, params = "!edit")
    String check(
            @PathVariable String slug,
            @ModelAttribute("form") CheckForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        noStore(response);
        Catalogue catalogue = checks.catalogue(slug);
        Answers answers = form.answers();
        List<RuleViolationException> problems = checks.problems(
                answers, code -> catalogue.members().contains(code) || CheckForm.ELSEWHERE_CODE.equals(code));
        for (RuleViolationException problem : problems) {
            // A value that did not convert keeps its own error, and the text typed.
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        if (errors.hasErrors()) {
            return formPage(catalogue, model);
        }
        EligibilityResult result = checks.check(catalogue, answers, locale);
        Map<Long, Checked> services = catalogue.described().stream()
                .collect(Collectors.toMap(c -> c.service().id(), Function.identity()));
        Map<Long, OfficeView> officesById =
                offices.list(slug).stream().collect(Collectors.toMap(OfficeView::id, Function.identity()));
        Map<Verdict, List<ServiceCard>> groups = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            groups.put(verdict, new ArrayList<>());
        }
        for (ServiceEligibility eligibility : result.services()) {
            SocialServiceView service = services.get(eligibility.serviceId()).service();
            groups.get(eligibility.verdict())
                    .add(new ServiceCard(
                            eligibility,
                            service.documents() == null || service.documents().isBlank()
                                    ? null
                                    : Markdown.html(service.documents()),
                            service.officeIds().stream()
                                    .map(officesById::get)
                                    .filter(office -> office != null)
                                    .toList(),
                            service.kind() == ServiceKind.VOUCHER && service.window() != null,
                            service.windowOpen()));
        }
        model.addAttribute("district", catalogue.district());
        model.addAttribute("result", result);
        model.addAttribute("met", groups.get(Verdict.MET));
        model.addAttribute("assessed", groups.get(Verdict.ASSESSED));
        model.addAttribute("unknown", groups.get(Verdict.UNKNOWN));
        model.addAttribute("notMet", groups.get(Verdict.NOT_MET));
        return RESULT_VIEW;
    }

    /**
     * A service on the result page: what the check says of it, what to bring (the catalogue's
     * "Cosa serve", as HTML) and where to go.
     *
     * @param window whether it is a titolo sociale with an application window, {@code windowOpen} whether it is open today
     */
    record ServiceCard(
            ServiceEligibility check,
            String documentsHtml,
            List<OfficeView> offices,
            boolean window,
            boolean windowOpen) {}

    private String formPage(Catalogue catalogue, Model model) {
        model.addAttribute("district", catalogue.district());
        model.addAttribute(
                "asks", catalogue.questions().stream().map(Question::name).collect(Collectors.toSet()));
        model.addAttribute("described", catalogue.described().size());
        model.addAttribute("undescribed", catalogue.undescribed());
        model.addAttribute(
                "municipalities",
                catalogue.district().municipalities().stream()
                        .sorted(Comparator.comparing(MunicipalityView::name))
                        .toList());
        model.addAttribute("elsewhere", CheckForm.ELSEWHERE);
        model.addAttribute("iseeTypes", IseeType.values());
        model.addAttribute("disabilities", Disability.values());
        model.addAttribute("employments", Employment.values());
        return FORM_VIEW;
    }

    /** Neither the answers sent back nor the result are kept by the browser or any cache. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
