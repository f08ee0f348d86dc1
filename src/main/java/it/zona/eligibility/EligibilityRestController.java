package it.zona.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Versions;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Services")
class EligibilityRestController {

    private final ServiceCriteriaRegistry criteria;
    private final EligibilityChecks checks;

    EligibilityRestController(ServiceCriteriaRegistry criteria, EligibilityChecks checks) {
        this.criteria = criteria;
        this.checks = checks;
    }

    @GetMapping("/services/{id}/criteria")
    @Operation(
            summary = "A service's access criteria, as a tree of all-of and any-of groups, and its ISEE bands;"
                    + " not described, version 0, until the office writes them (public)")
    ResponseEntity<ServiceCriteriaView> get(@PathVariable long id) {
        ServiceCriteriaView view = criteria.get(id);
        return Versions.withEtag(view, view.version());
    }

    @PutMapping("/services/{id}/criteria")
    @Operation(
            summary = "Replace a service's access criteria and ISEE bands (District editor); send If-Match or"
                    + " version; null criteria: anybody may have it")
    ResponseEntity<ServiceCriteriaView> replace(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ServiceCriteriaForm form) {
        ServiceCriteriaView replaced =
                criteria.replace(id, form.criteria(), form.bands(), Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(replaced, replaced.version());
    }

    /**
     * Stateless: the answers are weighed in memory and forgotten; nothing is stored or logged, and
     * the answer may not be kept by any cache.
     */
    @PostMapping("/districts/{slug}/eligibility")
    @Operation(
            summary = "The eligibility check (verifica dei requisiti): weighs the answers against the criteria of"
                    + " each active service of the District, criterion by criterion, with the ISEE band that"
                    + " applies; an orientation, not a decision. Nothing is stored (public, no token)")
    ResponseEntity<EligibilityResult> check(@PathVariable String slug, @RequestBody Answers answers, Locale locale) {
        EligibilityChecks.Catalogue catalogue = checks.catalogue(slug);
        List<RuleViolationException> problems = checks.problems(answers, checks::exists);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(checks.check(catalogue, answers, locale));
    }
}
