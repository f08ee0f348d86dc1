package it.zona.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.ServiceStatus;
import it.zona.catalogue.SocialServiceView;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.eligibility.EligibilityResult.EligibilityBand;
import it.zona.eligibility.EligibilityResult.EligibilityFinding;
import it.zona.eligibility.EligibilityResult.ServiceEligibility;
import it.zona.eligibility.EligibilityResult.UndescribedService;
import it.zona.eligibility.ServiceCriteriaRegistry.Described;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility check of a District's catalogue, for its page and its API: which questions its
 * services' criteria need, which answers no person can give, and what the answers say of each
 * active service whose criteria are described. Reads only; nothing of the answers is kept, written
 * or logged.
 */
@Service
@Transactional(readOnly = true)
class EligibilityChecks {

    /** The criteria's kinds as their JSON names them. */
    private static final Map<Class<?>, String> KINDS = Arrays.stream(
                    AccessCriteria.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private final ServiceCatalogue catalogue;
    private final ServiceCriteriaRegistry criteria;
    private final DistrictRegistry districts;
    private final MunicipalityRegistry municipalities;
    private final MessageSource messages;

    EligibilityChecks(
            ServiceCatalogue catalogue,
            ServiceCriteriaRegistry criteria,
            DistrictRegistry districts,
            MunicipalityRegistry municipalities,
            MessageSource messages) {
        this.catalogue = catalogue;
        this.criteria = criteria;
        this.districts = districts;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    /** An active service whose criteria are described, with them. */
    record Checked(SocialServiceView service, AccessCriteria criteria, Bands bands) {}

    /**
     * What the check of a District weighs: its active services with their criteria, those not
     * described yet, and the questions the criteria need, in the form's order.
     */
    record Catalogue(
            DistrictView district,
            List<Checked> described,
            List<SocialServiceView> undescribed,
            Set<Question> questions,
            Set<String> members) {

        boolean asks(Question question) {
            return questions.contains(question);
        }
    }

    Catalogue catalogue(String slug) {
        DistrictView district = districts.view(slug);
        List<SocialServiceView> active = catalogue.all(slug).stream()
                .filter(service -> service.status() == ServiceStatus.ACTIVE)
                .toList();
        Map<Long, Described> written =
                criteria.described(active.stream().map(SocialServiceView::id).toList());
        List<Checked> described = new ArrayList<>();
        List<SocialServiceView> undescribed = new ArrayList<>();
        Set<Question> questions = EnumSet.noneOf(Question.class);
        for (SocialServiceView service : active) {
            Described criteria = written.get(service.id());
            if (criteria == null) {
                undescribed.add(service);
                continue;
            }
            described.add(new Checked(service, criteria.criteria(), criteria.bands()));
            if (criteria.criteria() != null) {
                questions.addAll(criteria.criteria().questions());
            }
            if (criteria.bands() != null) {
                questions.add(Question.ISEE);
            }
        }
        Set<String> members = district.municipalities().stream()
                .map(MunicipalityView::istatCode)
                .collect(Collectors.toUnmodifiableSet());
        return new Catalogue(district, List.copyOf(described), List.copyOf(undescribed), questions, members);
    }

    /**
     * Every answer no person can give, one per field: the limits of {@link Answers}, a
     * municipality that is not {@code known}, an ISEE without its kind.
     */
    List<RuleViolationException> problems(Answers answers, Predicate<String> known) {
        List<RuleViolationException> problems = new ArrayList<>(answers.problems());
        boolean badCode = problems.stream().anyMatch(p -> "municipality".equals(p.field()));
        if (answers.municipality() != null && !badCode && !known.test(answers.municipality())) {
            problems.add(RuleViolationException.invalid("municipality", "error.eligibility.unknownMunicipality"));
        }
        if (answers.isee() != null && answers.iseeType() == null) {
            problems.add(RuleViolationException.invalid("iseeType", "error.eligibility.iseeTypeRequired"));
        }
        return problems;
    }

    /** Whether an ISTAT code names a municipality of Italy, past or present. */
    boolean exists(String istatCode) {
        return municipalities.find(istatCode).isPresent();
    }

    /** The check, for answers without problems: each described service, in the catalogue's order. */
    EligibilityResult check(Catalogue catalogue, Answers answers, Locale locale) {
        List<ServiceEligibility> services = new ArrayList<>();
        for (Checked checked : catalogue.described()) {
            Eligibility eligibility =
                    EligibilityCheck.evaluate(checked.criteria(), checked.bands(), answers, catalogue.members());
            services.add(new ServiceEligibility(
                    checked.service().id(),
                    checked.service().title(),
                    eligibility.verdict(),
                    eligibility.findings().stream()
                            .map(finding -> new EligibilityFinding(
                                    finding.path(),
                                    KINDS.get(finding.criterion().getClass()),
                                    finding.verdict(),
                                    finding.messageKey(),
                                    say(finding.messageKey(), finding.arguments(), locale)))
                            .toList(),
                    band(checked.bands(), eligibility.band(), locale),
                    unanswered(eligibility)));
        }
        return new EligibilityResult(
                catalogue.district().slug(),
                messages.getMessage("eligibility.notice", null, locale),
                List.copyOf(services),
                catalogue.undescribed().stream()
                        .map(service -> new UndescribedService(service.id(), service.title()))
                        .toList());
    }

    /** The questions whose answers would settle a service still unknown, and its band. */
    private static List<Question> unanswered(Eligibility eligibility) {
        Set<Question> questions = EnumSet.noneOf(Question.class);
        if (eligibility.verdict() == Verdict.UNKNOWN) {
            eligibility
                    .findings(Verdict.UNKNOWN)
                    .forEach(f -> questions.addAll(f.criterion().questions()));
        }
        if (eligibility.band() != null && eligibility.band().verdict() == Verdict.UNKNOWN) {
            questions.add(Question.ISEE);
        }
        return List.copyOf(questions);
    }

    private EligibilityBand band(Bands bands, BandFinding finding, Locale locale) {
        if (finding == null) {
            return null;
        }
        return new EligibilityBand(
                bands.kind(),
                bands.type(),
                finding.verdict(),
                finding.applying().map(Bands.Band::value).orElse(null),
                finding.applying().map(Bands.Band::iseeUpTo).orElse(null),
                finding.messageKey(),
                say(finding.messageKey(), finding.arguments(), locale));
    }

    private String say(String key, List<Object> arguments, Locale locale) {
        return messages.getMessage(key, arguments.toArray(), locale);
    }
}
