package it.zona.catalogue;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.office.OfficeView;
import it.zona.shared.Markdown;
import it.zona.shared.PageView;
import it.zona.shared.PlatformConfig;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of a District's services catalogue: the list a citizen narrows by kind,
 * category, target group and municipality or searches in Italian, and each service's page in the
 * order of the modello Comuni service page, with its index.
 */
@Controller
class ServiceController {

    static final String LIST_VIEW = "catalogue/list";
    static final String DETAIL_VIEW = "catalogue/service";

    private final ServiceCatalogue catalogue;
    private final DistrictRegistry districts;
    private final Access access;
    private final Clock clock;
    private final ObjectProvider<ServicePageSection> pageSections;
    private final ServiceCodes codes;

    ServiceController(
            ServiceCatalogue catalogue,
            DistrictRegistry districts,
            Access access,
            Clock clock,
            ObjectProvider<ServicePageSection> pageSections,
            ServiceCodes codes) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.districts = districts;
        this.access = access;
        this.clock = clock;
        this.pageSections = pageSections;
    }

    @PublicPage
    @GetMapping("/districts/{slug}/services")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) ServiceKind kind,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Audience audience,
            @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "TITLE") ServiceOrder sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DistrictView district = districts.view(slug);
        PublicPages.about(district.id());
        ServiceFilter filter = new ServiceFilter(kind, category, audience, municipality, q);
        PageView<ServiceSummary> services = catalogue.search(slug, filter, sort, page, ServiceCatalogue.PAGE_SIZE);
        model.addAttribute("district", district);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("services", services);
        model.addAttribute("pastTheEnd", services.items().isEmpty() && services.totalItems() > 0);
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("orders", ServiceOrder.values());
        model.addAttribute("canEdit", canEdit(district.id()));
        return LIST_VIEW;
    }

    @PublicPage
    @GetMapping("/services/{id}")
    String detail(@PathVariable long id, Model model) {
        SocialServiceView service = catalogue.get(id);
        DistrictView district = districts.view(service.districtSlug());
        PublicPages.about(district.id());
        List<ServiceCatalogue.Funding> funding = catalogue.funding(service);
        List<OfficeView> offices = catalogue.offices(service);
        Map<String, String> texts = texts(service);
        Set<String> added = new LinkedHashSet<>();
        pageSections
                .orderedStream()
                .forEach(section -> section.addTo(service, model).ifPresent(added::add));
        model.addAttribute("service", service);
        model.addAttribute("district", district);
        model.addAttribute("texts", texts);
        // A code the installation's list no longer has is still shown, as a code.
        model.addAttribute(
                "serviceCode",
                service.serviceCode() == null
                        ? null
                        : codes.find(service.serviceCode())
                                .orElse(new ServiceCodes.Code(service.serviceCode(), service.serviceCode())));
        model.addAttribute("municipalities", municipalities(district, service));
        model.addAttribute("offices", offices);
        model.addAttribute("funding", funding);
        model.addAttribute("sections", sections(service, texts, added, !offices.isEmpty(), !funding.isEmpty()));
        model.addAttribute("today", LocalDate.now(clock.withZone(PlatformConfig.ZONE)));
        model.addAttribute("canEdit", canEdit(district.id()));
        return DETAIL_VIEW;
    }

    /** The service's Markdown texts as safe HTML, by field; those left empty are not there. */
    private static Map<String, String> texts(SocialServiceView service) {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, "audienceText", service.audienceText(), service.title());
        put(texts, "howTo", service.howTo(), service.title());
        put(texts, "documents", service.documents(), service.title());
        put(texts, "outcome", service.outcome(), service.title());
        put(texts, "costs", service.costs(), service.title());
        put(texts, "deadlines", service.deadlines(), service.title());
        put(texts, "contacts", service.contacts(), service.title());
        return texts;
    }

    private static void put(Map<String, String> texts, String field, String markdown, String caption) {
        if (markdown != null && !markdown.isBlank()) {
            texts.put(field, Markdown.html(markdown, caption));
        }
    }

    /**
     * The sections the page has, for its index: those of the modello Comuni whose content the
     * service gives. A citizen reads whom it is for, how to ask and what they get on every page;
     * the access criteria other modules add follow whom it is for.
     */
    private static Set<String> sections(
            SocialServiceView service, Map<String, String> texts, Set<String> added, boolean offices, boolean funding) {
        Set<String> sections = new LinkedHashSet<>(List.of("audience"));
        sections.addAll(added);
        sections.add("howTo");
        if (texts.containsKey("documents")) {
            sections.add("documents");
        }
        sections.add("outcome");
        if (texts.containsKey("costs")) {
            sections.add("costs");
        }
        if (texts.containsKey("deadlines") || service.window() != null) {
            sections.add("deadlines");
        }
        if (offices) {
            sections.add("offices");
        }
        if (texts.containsKey("contacts")) {
            sections.add("contacts");
        }
        if (funding) {
            sections.add("funding");
        }
        return sections;
    }

    /** The member municipalities where the service is offered, in the District's order. */
    private static List<MunicipalityView> municipalities(DistrictView district, SocialServiceView service) {
        return district.municipalities().stream()
                .filter(m -> service.municipalities().contains(m.istatCode()))
                .toList();
    }

    private boolean canEdit(long districtId) {
        return access.roleIn(districtId)
                .filter(role -> role.includes(DistrictRole.EDITOR))
                .isPresent();
    }
}
