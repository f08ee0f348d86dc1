package it.zona.budget;

import it.zona.shared.DomainException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.Formats;
import it.zona.shared.web.PublicPage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the member municipalities share the municipal co-funding, and the shares it gives each year. */
@Controller
class CofundingController {

    static final String VIEW = "budget/cofunding";

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}([.,]\\d+)?");

    private final Cofunding cofunding;
    private final BudgetPages pages;
    private final Formats formats;

    CofundingController(Cofunding cofunding, BudgetPages pages, Formats formats) {
        this.cofunding = cofunding;
        this.pages = pages;
        this.formats = formats;
    }

    @PublicPage
    @GetMapping("/plans/{id}/cofunding")
    String page(@PathVariable long id, Model model) {
        CofundingView view = cofunding.view(id);
        Map<String, String> weights = new LinkedHashMap<>();
        view.weights().forEach((code, weight) -> weights.put(code, formats.decimal(weight)));
        return page(
                id,
                view,
                new Typed(view.method().name(), formats.amount(view.perCapitaQuota()), weights, view.version()),
                Map.of(),
                "",
                model);
    }

    @PostMapping("/plans/{id}/cofunding")
    String update(
            @PathVariable long id,
            @RequestParam Map<String, String> parameters,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        CofundingView current = cofunding.view(id);
        String reason = parameters.getOrDefault("reason", "");
        Map<String, String> typedWeights = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("weights[") && name.endsWith("]")) {
                typedWeights.put(name.substring(8, name.length() - 1), value);
            }
        });
        long version = parseVersion(parameters.get("version"));
        Typed typed = new Typed(
                parameters.getOrDefault("method", ""),
                parameters.getOrDefault("perCapitaQuota", ""),
                typedWeights,
                version);
        Map<String, DomainException> errors = new LinkedHashMap<>();
        CofundingMethod method = method(typed.method());
        if (method == null) {
            errors.put("method", RuleViolationException.invalid("method", "error.cofunding.method"));
        }
        BigDecimal quota = null;
        if (method == CofundingMethod.PER_CAPITA) {
            try {
                quota = Amounts.parse(typed.quota(), locale, "perCapitaQuota");
            } catch (RuleViolationException refused) {
                errors.put("perCapitaQuota", refused);
            }
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (method == CofundingMethod.AGREED) {
            typedWeights.forEach((code, value) -> {
                String text = value.strip();
                if (text.isEmpty()) {
                    return;
                }
                if (!PERCENT.matcher(text).matches()) {
                    errors.put("weights[" + code + "]", RuleViolationException.invalid(code, "error.cofunding.weight"));
                } else {
                    weights.put(code, new BigDecimal(text.replace(',', '.')));
                }
            });
        }
        if (errors.isEmpty()) {
            try {
                cofunding.update(id, new CofundingForm(method, quota, weights, version), version, reason);
                Flash.success(redirect, "cofunding.saved");
                return "redirect:/plans/" + id + "/cofunding";
            } catch (DomainException refused) {
                errors.put(refused.field() == null ? "" : refused.field(), refused);
            }
        }
        return page(id, current, typed, errors, reason, model);
    }

    private String page(
            long id, CofundingView view, Typed typed, Map<String, DomainException> errors, String reason, Model model) {
        pages.read(id, model);
        model.addAttribute("cofunding", view);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("methods", CofundingMethod.values());
        return VIEW;
    }

    private static CofundingMethod method(String name) {
        try {
            return name == null || name.isBlank() ? null : CofundingMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parseVersion(String version) {
        try {
            return version == null ? Cofunding.NOT_SET : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return Cofunding.NOT_SET;
        }
    }

    /** What the form shows: the saved rule, or what was typed when it came back with errors. */
    public record Typed(String method, String quota, Map<String, String> weights, long version) {

        public String weight(String istatCode) {
            return weights.getOrDefault(istatCode, "");
        }
    }
}
