package it.zona.browser;

import it.zona.catalogue.ServiceSamples;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the application, each with the addresses to visit it at and who visits it. The
 * pages are read from the application's own request mappings, so a page added without an entry
 * here fails {@link EveryPageTest}: none escapes the checks.
 */
final class PageCatalogue {

    /** Who looks at a page. */
    enum Who {
        ANONYMOUS,
        /** The demo District's admin (Ufficio di Piano). */
        ADMIN,
        /** The demo District's viewer. */
        VIEWER,
        /** The admin of a new, empty District. */
        NEW_DISTRICT_ADMIN,
        /** The demo platform admin. */
        PLATFORM_ADMIN,
        /** An account with no role anywhere. */
        NOBODY,
        /** The admin of a District whose only plan has no content yet. */
        EMPTY_PLAN_ADMIN,
        /** The demo's representative at a table: an account with no staff role. */
        REPRESENTATIVE
    }

    /**
     * One visit: a name for its screenshots, the address, who visits, and optionally the CSS
     * selector of a form to send back empty, to check the page in its error state too.
     */
    record Visit(String name, String path, Who who, String emptyForm) {

        static Visit of(String name, String path, Who who) {
            return new Visit(name, path, who, null);
        }

        Visit submittingEmpty(String form) {
            return new Visit(name, path, who, form);
        }
    }

    /** The ids of things in the demo District and of a new empty one, to build addresses with. */
    record Samples(
            String emptyDistrict,
            long organization,
            long person,
            long mayor,
            long governingBody,
            long office,
            String member,
            String staff,
            long plan,
            long emptyPlan,
            long area,
            long targetGroup,
            long need,
            long objective,
            long intervention,
            long section,
            long staffing,
            long facility,
            long usedSource,
            long unusedSource,
            long table,
            long tableMember,
            long invitation,
            long meetingPlan,
            long meetingTable,
            long meeting,
            long heldMeeting,
            long call,
            String nominationToken,
            long nomination,
            String expiredToken,
            long approvedMinutes,
            long openMinutes,
            long proposal,
            long needMeeting,
            long heardNeed,
            long progressNote,
            long answeredProposal,
            long memberWithoutAccount,
            long staffInvitation,
            String agreementToken) {}

    private PageCatalogue() {}

    /** The address patterns of every page (GET on a page controller) of the application. */
    static Set<String> pages(RequestMappingHandlerMapping mapping) {
        Set<String> pages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            Class<?> controller = entry.getValue().getBeanType();
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            boolean page = controller.getPackageName().startsWith("it.zona")
                    && controller.isAnnotationPresent(Controller.class)
                    && !controller.isAnnotationPresent(RestController.class);
            // Files a page controller serves (the plan's PDFs) answer with bytes, not a page.
            boolean file = ResponseEntity.class.isAssignableFrom(
                    entry.getValue().getReturnType().getParameterType());
            if (page && !file && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                pages.addAll(entry.getKey().getPatternValues());
            }
        }
        return pages;
    }

    /** Page pattern to the visits that show it, in its states: full, empty, with errors. */
    static Map<String, List<Visit>> visits(Samples s) {
        String poggiardo = "/districts/poggiardo";
        String empty = "/districts/" + s.emptyDistrict();
        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        add(
                visits,
                "/",
                Visit.of("home", "/", Who.ANONYMOUS),
                Visit.of("home-en", "/?lang=en", Who.ANONYMOUS),
                Visit.of("home-search", "/?q=Castro", Who.ANONYMOUS),
                Visit.of("home-no-match", "/?q=Nessunluogo", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}",
                Visit.of("district", poggiardo, Who.ANONYMOUS),
                Visit.of("district-empty", empty, Who.ANONYMOUS));
        add(
                visits,
                "/open-data",
                Visit.of("open-data", "/open-data", Who.ANONYMOUS),
                Visit.of("open-data-en", "/open-data?lang=en", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}/open-data",
                Visit.of("open-data-district", poggiardo + "/open-data", Who.ANONYMOUS),
                Visit.of("open-data-district-empty", empty + "/open-data", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}/open-data/{key}",
                Visit.of("open-data-dataset", poggiardo + "/open-data/payments", Who.ANONYMOUS),
                Visit.of("open-data-dataset-en", poggiardo + "/open-data/service-criteria?lang=en", Who.ANONYMOUS));
        add(visits, "/accessibility", Visit.of("accessibility", "/accessibility", Who.ANONYMOUS));
        add(visits, "/privacy", Visit.of("privacy", "/privacy", Who.ANONYMOUS));
        add(visits, "/legal-notes", Visit.of("legal-notes", "/legal-notes", Who.ANONYMOUS));
        add(
                visits,
                "/login",
                Visit.of("login", "/login", Who.ANONYMOUS),
                Visit.of("login-error", "/login?error", Who.ANONYMOUS));
        add(
                visits,
                "/error",
                Visit.of("error-404", "/districts/no-such-district", Who.ANONYMOUS),
                Visit.of("error-403", poggiardo + "/organizations/new", Who.VIEWER));
        add(
                visits,
                "/dashboard",
                Visit.of("dashboard", "/dashboard", Who.ADMIN),
                Visit.of("dashboard-platform", "/dashboard", Who.PLATFORM_ADMIN),
                Visit.of("dashboard-no-districts", "/dashboard", Who.NOBODY),
                Visit.of("dashboard-invited", "/dashboard", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/account/password",
                Visit.of("password", "/account/password", Who.NOBODY).submittingEmpty("main form"));
        add(
                visits,
                "/admin/districts/new",
                Visit.of("district-new", "/admin/districts/new", Who.PLATFORM_ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/admin/municipalities",
                Visit.of("municipality-import", "/admin/municipalities", Who.PLATFORM_ADMIN));
        add(
                visits,
                "/districts/{slug}/manage",
                Visit.of("manage", poggiardo + "/manage", Who.ADMIN),
                Visit.of("manage-viewer", poggiardo + "/manage", Who.VIEWER));
        add(
                visits,
                "/districts/{slug}/settings",
                Visit.of("settings", poggiardo + "/settings", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/municipalities",
                Visit.of("municipalities", poggiardo + "/municipalities", Who.ADMIN),
                Visit.of("municipalities-search", poggiardo + "/municipalities?q=san", Who.ADMIN),
                Visit.of("municipalities-no-result", poggiardo + "/municipalities?q=zzzz", Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/municipalities/{istatCode}/remove",
                Visit.of("municipality-remove", poggiardo + "/municipalities/" + s.member() + "/remove", Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/staff",
                Visit.of("staff", poggiardo + "/staff", Who.ADMIN).submittingEmpty("form:has(#username)"),
                Visit.of("staff-invitations", "/districts/" + s.emptyDistrict() + "/staff", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/staff/{username}/remove",
                Visit.of("staff-remove", poggiardo + "/staff/" + s.staff() + "/remove", Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/staff/invitations/{id}/withdraw",
                Visit.of(
                        "staff-invitation-withdraw",
                        "/districts/" + s.emptyDistrict() + "/staff/invitations/" + s.staffInvitation() + "/withdraw",
                        Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/audit",
                Visit.of("audit", poggiardo + "/audit", Who.ADMIN),
                Visit.of("audit-filtered", poggiardo + "/audit?entity=Organization", Who.ADMIN),
                Visit.of("audit-empty", poggiardo + "/audit?entity=Nothing", Who.ADMIN),
                Visit.of("audit-platform", poggiardo + "/audit", Who.PLATFORM_ADMIN));
        add(visits, "/audit/verification", Visit.of("audit-verification", "/audit/verification", Who.PLATFORM_ADMIN));
        add(
                visits,
                "/outbox",
                Visit.of("outbox", "/outbox", Who.ADMIN),
                Visit.of("outbox-platform", "/outbox", Who.PLATFORM_ADMIN),
                Visit.of("outbox-filtered", "/outbox?status=SENT", Who.ADMIN),
                Visit.of("outbox-empty", "/outbox", Who.NEW_DISTRICT_ADMIN));
        add(visits, "/outbox/{id}", Visit.of("outbox-message", "/outbox/" + s.invitation(), Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/organizations",
                Visit.of("organizations", poggiardo + "/organizations", Who.ADMIN),
                Visit.of("organizations-viewer", poggiardo + "/organizations", Who.VIEWER),
                Visit.of("organizations-no-match", poggiardo + "/organizations?q=zzzz", Who.ADMIN),
                Visit.of("organizations-empty", empty + "/organizations", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/organizations/new",
                Visit.of("organization-new", poggiardo + "/organizations/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/organizations/{id}",
                Visit.of("organization", poggiardo + "/organizations/" + s.organization(), Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/organizations/{id}/edit",
                Visit.of("organization-edit", poggiardo + "/organizations/" + s.organization() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/organizations/{id}/delete",
                Visit.of(
                        "organization-delete",
                        poggiardo + "/organizations/" + s.organization() + "/delete",
                        Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/people",
                Visit.of("people", poggiardo + "/people", Who.ADMIN),
                Visit.of("people-empty", empty + "/people", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/people/new",
                Visit.of("person-new", poggiardo + "/people/new", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/districts/{slug}/people/{id}", Visit.of("person", poggiardo + "/people/" + s.mayor(), Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/people/{id}/edit",
                Visit.of("person-edit", poggiardo + "/people/" + s.person() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/people/{id}/delete",
                Visit.of("person-delete", poggiardo + "/people/" + s.person() + "/delete", Who.ADMIN),
                Visit.of("person-delete-held", poggiardo + "/people/" + s.mayor() + "/delete", Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/governing-bodies",
                Visit.of("governing-bodies", poggiardo + "/governing-bodies", Who.ADMIN),
                Visit.of("governing-bodies-empty", empty + "/governing-bodies", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/governing-bodies/new",
                Visit.of("governing-body-new", poggiardo + "/governing-bodies/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/governing-bodies/{id}",
                Visit.of("governing-body", poggiardo + "/governing-bodies/" + s.governingBody(), Who.ADMIN)
                        .submittingEmpty("form:has(#personId)"));
        add(
                visits,
                "/districts/{slug}/governing-bodies/{id}/edit",
                Visit.of(
                                "governing-body-edit",
                                poggiardo + "/governing-bodies/" + s.governingBody() + "/edit",
                                Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/governing-bodies/{id}/delete",
                Visit.of(
                        "governing-body-delete",
                        poggiardo + "/governing-bodies/" + s.governingBody() + "/delete",
                        Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/governing-bodies/{id}/members/{index}/remove",
                Visit.of(
                        "member-remove",
                        poggiardo + "/governing-bodies/" + s.governingBody() + "/members/0/remove",
                        Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/offices",
                Visit.of("offices", poggiardo + "/offices", Who.ADMIN),
                Visit.of("offices-empty", empty + "/offices", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/offices/planning-office",
                Visit.of("planning-office", poggiardo + "/offices/planning-office", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/offices/new",
                Visit.of("office-new", poggiardo + "/offices/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/offices/{id}",
                Visit.of("office", poggiardo + "/offices/" + s.office(), Who.ADMIN)
                        .submittingEmpty("form:has(#opens)"),
                Visit.of("office-closures", poggiardo + "/offices/" + s.office(), Who.ADMIN)
                        .submittingEmpty("form:has(#firstDay)"));
        add(
                visits,
                "/districts/{slug}/offices/{id}/edit",
                Visit.of("office-edit", poggiardo + "/offices/" + s.office() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/offices/{id}/delete",
                Visit.of("office-delete", poggiardo + "/offices/" + s.office() + "/delete", Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/plans",
                Visit.of("plans", poggiardo + "/plans", Who.ADMIN),
                Visit.of("plans-empty", empty + "/plans", Who.NEW_DISTRICT_ADMIN));
        add(
                visits,
                "/districts/{slug}/plans/new",
                Visit.of("plan-new", poggiardo + "/plans/new", Who.ADMIN).submittingEmpty("main form"));
        String plan = "/plans/" + s.plan();
        add(
                visits,
                "/plans/{id}",
                Visit.of("plan", plan, Who.ADMIN).submittingEmpty("form:has(#decidedOn)"),
                Visit.of("plan-public", plan, Who.ANONYMOUS));
        add(
                visits,
                "/plans/{id}/edit",
                Visit.of("plan-edit", plan + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/sections",
                Visit.of("sections", plan + "/sections", Who.ADMIN),
                Visit.of("sections-public", plan + "/sections", Who.ANONYMOUS));
        add(
                visits,
                "/plans/{id}/sections/new",
                Visit.of("section-new", plan + "/sections/new", Who.ADMIN).submittingEmpty("main form"));
        String section = plan + "/sections/" + s.section();
        add(visits, "/plans/{id}/sections/{sectionId}/edit", Visit.of("section-edit", section + "/edit", Who.ADMIN));
        add(
                visits,
                "/plans/{id}/sections/{sectionId}/delete",
                Visit.of("section-delete", section + "/delete", Who.ADMIN));
        programmePages(visits, s);
        addBudgetPages(visits, s, poggiardo, empty);
        addMeetingPages(visits, s);
        addProposalPages(visits, s);
        add(
                visits,
                "/plans/{id}/document",
                Visit.of("plan-document", plan + "/document", Who.ADMIN),
                Visit.of("plan-document-public", plan + "/document", Who.ANONYMOUS));
        add(visits, "/plans/{id}/summary", Visit.of("plan-summary", plan + "/summary", Who.ANONYMOUS));
        add(
                visits,
                "/plans/{id}/documents",
                Visit.of("plan-documents", plan + "/documents", Who.ADMIN).submittingEmpty("main form"),
                Visit.of("plan-documents-public", plan + "/documents", Who.ANONYMOUS));
        callPages(visits, s);
        sittingPages(visits, s);
        archivePages(visits, s);
        agreementPages(visits, s);
        servicePages(visits, s);
        eligibilityPages(visits);
        spendingPages(visits);
        exportPages(visits, s);
        indicatorPages(visits, s);
        progressPages(visits);
        monitoringPages(visits, s, poggiardo, empty);
        openDataSettingsPages(visits, poggiardo, empty);
        return visits;
    }

    /** A plan's public state of implementation and the District staff's monitoring dashboard. */
    private static void monitoringPages(Map<String, List<Visit>> visits, Samples s, String poggiardo, String empty) {
        String plan = "/plans/" + s.plan() + "/attuazione";
        add(
                visits,
                "/plans/{id}/attuazione",
                Visit.of("attuazione", plan, Who.ANONYMOUS),
                Visit.of("attuazione-en", plan + "?lang=en", Who.ANONYMOUS),
                Visit.of("attuazione-empty", "/plans/" + s.emptyPlan() + "/attuazione", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/districts/{slug}/monitoring",
                Visit.of("monitoring", poggiardo + "/monitoring", Who.ADMIN),
                Visit.of("monitoring-empty", empty + "/monitoring", Who.NEW_DISTRICT_ADMIN));
    }

    /**
     * The office's forms on the story of the demo's home care intervention (which has table notes
     * and office entries): a new entry, and the removal of one.
     */
    private static void progressPages(Map<String, List<Visit>> visits) {
        long[] entry = fromTestDatabase(connection -> {
            long id = id(
                    connection,
                    "select min(e.id) from progress_entry e join intervention i on i.id = e.intervention_id"
                            + " where i.title = 'Servizio di assistenza domiciliare (SAD)'");
            long intervention = id(connection, "select intervention_id from progress_entry where id = " + id);
            long plan = id(connection, "select plan_id from intervention where id = " + intervention);
            return new long[] {plan, intervention, id};
        });
        String page = "/plans/" + entry[0] + "/interventions/" + entry[1];
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}",
                Visit.of("progress-intervention", page, Who.ANONYMOUS),
                Visit.of("progress-intervention-staff", page, Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}/progress/new",
                Visit.of("progress-entry-new", page + "/progress/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}/progress/{entryId}/delete",
                Visit.of("progress-entry-delete", page + "/progress/" + entry[2] + "/delete", Who.ADMIN));
    }

    /**
     * The demo plan's indicators: the list filtered, the indicator with a corrected measurement (its
     * page, its forms, its deletion refused while it has measurements), the empty plan's list.
     */
    private static void indicatorPages(Map<String, List<Visit>> visits, Samples s) {
        String list = "/plans/" + s.plan() + "/indicators";
        long[] corrected = fromTestDatabase(connection -> new long[] {
            id(connection, "select min(indicator_id) from indicator_measurement where corrects_id is not null"),
            id(connection, "select min(corrects_id) from indicator_measurement")
        });
        String indicator = list + "/" + corrected[0];
        add(
                visits,
                "/plans/{planId}/indicators",
                Visit.of("indicators", list, Who.ANONYMOUS),
                Visit.of("indicators-staff", list, Who.ADMIN),
                Visit.of(
                        "indicators-filtered-en", list + "?year=2025&status=BEHIND&kind=OUTPUT&lang=en", Who.ANONYMOUS),
                Visit.of("indicators-no-match", list + "?year=2026&status=REACHED", Who.ANONYMOUS),
                Visit.of("indicators-empty", "/plans/" + s.emptyPlan() + "/indicators", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/indicators/{indicatorId}",
                Visit.of("indicator", indicator, Who.ANONYMOUS),
                Visit.of("indicator-staff", indicator, Who.ADMIN),
                Visit.of("indicator-en", indicator + "?lang=en", Who.ANONYMOUS));
        add(
                visits,
                "/plans/{planId}/indicators/new",
                Visit.of("indicator-new", list + "/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/indicators/{indicatorId}/edit",
                Visit.of("indicator-edit", indicator + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/indicators/{indicatorId}/delete",
                Visit.of("indicator-delete-held", indicator + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/indicators/{indicatorId}/measurements/new",
                Visit.of("measurement-new", indicator + "/measurements/new", Who.ADMIN)
                        .submittingEmpty("main form"),
                Visit.of(
                        "measurement-correction", indicator + "/measurements/new?corrects=" + corrected[1], Who.ADMIN));
    }

    /**
     * The spending of the demo's plan 2024-2026 (module spending): the plan's page, the home-care line
     * of 2024 with its commitment, payment and variation, a payment's correction, the fund
     * annualities with their reporting (not submitted: the demo's deadlines raise the alerts other
     * pages show), and the import's pages on the demo's accounting export (already imported: its
     * preview says so).
     */
    private static void spendingPages(Map<String, List<Visit>> visits) {
        long plan = fromTestDatabase(connection -> id(
                connection,
                "select p.id from plan p join district d on d.id = p.district_id"
                        + " where d.slug = 'poggiardo' and p.first_year = 2024"));
        long line = fromTestDatabase(connection -> id(
                connection,
                "select min(s.budget_line_id) from spending_line s join budget_line b on b.id = s.budget_line_id"
                        + " where s.plan_id = " + plan
                        + " and s.accounting_code = '12041.03.0100' and b.budget_year = 2024"));
        long commitment = fromTestDatabase(connection -> id(
                connection,
                "select min(id) from spending_entry where kind = 'COMMITMENT' and budget_line_id = " + line));
        long payment = fromTestDatabase(connection -> id(
                connection,
                "select min(id) from spending_entry where kind = 'PAYMENT' and commitment_id = " + commitment));
        long imported = fromTestDatabase(
                connection -> id(connection, "select min(id) from spending_import where plan_id = " + plan));
        add(
                visits,
                "/plans/{id}/spending",
                Visit.of("spending-plan", "/plans/" + plan + "/spending", Who.ADMIN),
                Visit.of(
                        "spending-plan-viewer-en",
                        "/plans/" + plan + "/spending?year=2024&asOf=2025-06-30&lang=en",
                        Who.VIEWER));
        add(
                visits,
                "/budget-lines/{id}/spending",
                Visit.of("spending-line", "/budget-lines/" + line + "/spending", Who.ADMIN)
                        .submittingEmpty("main form[action$='/commitments']"),
                Visit.of("spending-line-variation", "/budget-lines/" + line + "/spending", Who.ADMIN)
                        .submittingEmpty("main form[action$='/variations']"),
                Visit.of("spending-line-viewer", "/budget-lines/" + line + "/spending", Who.VIEWER));
        add(
                visits,
                "/commitments/{id}",
                Visit.of("spending-commitment", "/commitments/" + commitment, Who.ADMIN)
                        .submittingEmpty("main form[action$='/payments']"),
                Visit.of("spending-commitment-decommit", "/commitments/" + commitment, Who.ADMIN)
                        .submittingEmpty("main form[action$='/decommitments']"),
                Visit.of("spending-commitment-viewer-en", "/commitments/" + commitment + "?lang=en", Who.VIEWER));
        long fna = fromTestDatabase(connection -> id(
                connection,
                "select f.id from funding_source f join district d on d.id = f.district_id"
                        + " where d.slug = 'poggiardo' and f.code = 'FNA'"));
        add(
                visits,
                "/plans/{id}/funds",
                Visit.of("funds", "/plans/" + plan + "/funds", Who.ADMIN),
                Visit.of("funds-viewer-en", "/plans/" + plan + "/funds?lang=en", Who.VIEWER));
        add(
                visits,
                "/plans/{id}/funds/{sourceId}/{year}",
                Visit.of("fund", "/plans/" + plan + "/funds/" + fna + "/2025", Who.ADMIN),
                Visit.of("fund-viewer", "/plans/" + plan + "/funds/" + fna + "/2024", Who.VIEWER));
        add(
                visits,
                "/spending-entries/{id}/correction",
                Visit.of("spending-correction", "/spending-entries/" + payment + "/correction", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/spending/import",
                Visit.of("spending-import-upload", "/plans/" + plan + "/spending/import", Who.ADMIN));
        add(
                visits,
                "/spending-imports/{importId}",
                Visit.of("spending-import-mapping", "/spending-imports/" + imported, Who.ADMIN));
        add(
                visits,
                "/spending-imports/{importId}/preview",
                Visit.of(
                        "spending-import-preview",
                        "/spending-imports/" + imported + "/preview?kind=0&code=1&date=4&amount=5&numbers=ITALIAN",
                        Who.ADMIN));
    }

    /**
     * The exports of the demo's plan 2024-2026 (module exports), mapped by the demo, for its admin
     * (who may change the mapping) and its viewer; the empty plan's, never mapped.
     */
    private static void exportPages(Map<String, List<Visit>> visits, Samples s) {
        long plan = fromTestDatabase(connection -> id(
                connection,
                "select p.id from plan p join district d on d.id = p.district_id"
                        + " where d.slug = 'poggiardo' and p.first_year = 2024"));
        add(
                visits,
                "/plans/{id}/exports",
                Visit.of("exports", "/plans/" + plan + "/exports", Who.ADMIN),
                Visit.of("exports-viewer-en", "/plans/" + plan + "/exports?year=2024&lang=en", Who.VIEWER),
                Visit.of("exports-unmapped", "/plans/" + s.emptyPlan() + "/exports", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/exports/mapping",
                Visit.of("exports-mapping", "/plans/" + plan + "/exports/mapping", Who.ADMIN),
                Visit.of("exports-mapping-viewer-en", "/plans/" + plan + "/exports/mapping?lang=en", Who.VIEWER),
                Visit.of(
                        "exports-mapping-unmapped",
                        "/plans/" + s.emptyPlan() + "/exports/mapping",
                        Who.EMPTY_PLAN_ADMIN));
    }

    /**
     * The demo's services catalogue, searched and filtered, and the titolo sociale EveryPageTest adds
     * to it (ServiceSamples) with the office's forms; the catalogue of the empty District.
     */
    private static void servicePages(Map<String, List<Visit>> visits, Samples s) {
        String list = "/districts/poggiardo/services";
        String service = "/services/"
                + fromTestDatabase(connection -> id(
                        connection,
                        "select min(id) from social_service where title = '" + ServiceSamples.TITLE.replace("'", "''")
                                + "'"));
        add(
                visits,
                "/districts/{slug}/services",
                Visit.of("services", list, Who.ANONYMOUS),
                Visit.of("services-staff", list, Who.ADMIN),
                Visit.of("services-filtered-en", list + "?kind=VOUCHER&audience=OLDER_PEOPLE&lang=en", Who.ANONYMOUS),
                Visit.of("services-no-match", list + "?q=zzzz&sort=UPDATED", Who.ANONYMOUS),
                Visit.of("services-empty", "/districts/" + s.emptyDistrict() + "/services", Who.ANONYMOUS));
        add(
                visits,
                "/services/{id}",
                Visit.of("service", service, Who.ANONYMOUS),
                Visit.of("service-staff", service, Who.ADMIN),
                Visit.of("service-en", service + "?lang=en", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}/services/new",
                Visit.of("service-new", list + "/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/services/{id}/edit",
                Visit.of("service-edit", service + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/services/{id}/delete", Visit.of("service-delete", service + "/delete", Who.ADMIN));
    }

    /**
     * The demo's agreement, a draft, with the office's forms; the one EveryPageTest has signed for
     * the demo's previous plan, in force, with a body that adheres still to sign; and the page of the
     * empty plan, where the office is offered to draft one.
     */
    private static void agreementPages(Map<String, List<Visit>> visits, Samples s) {
        DemoAgreements demo = DemoAgreements.read();
        String draft = "/plans/" + demo.draftPlan() + "/agreement";
        String party = draft + "/parties/" + demo.draftParty();
        String inForce = "/plans/" + demo.inForcePlan() + "/agreement";
        String none = "/plans/" + s.emptyPlan() + "/agreement";
        String signature = inForce + "/signatures/" + demo.signature();
        add(
                visits,
                "/plans/{planId}/agreement",
                Visit.of("agreement", draft, Who.ANONYMOUS),
                Visit.of("agreement-en", draft + "?lang=en", Who.ANONYMOUS),
                Visit.of("agreement-staff", draft, Who.ADMIN),
                Visit.of("agreement-in-force", inForce, Who.ANONYMOUS),
                Visit.of("agreement-in-force-staff", inForce, Who.ADMIN),
                Visit.of("agreement-none", none, Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/new",
                Visit.of("agreement-new", none + "/new", Who.EMPTY_PLAN_ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/agreement/edit",
                Visit.of("agreement-edit", draft + "/edit", Who.ADMIN).submittingEmpty("main form"),
                Visit.of("agreement-edit-frozen", inForce + "/edit", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/freeze",
                Visit.of("agreement-freeze", draft + "/freeze", Who.ADMIN),
                Visit.of("agreement-freeze-done", inForce + "/freeze", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/parties/new",
                Visit.of("agreement-party-new", draft + "/parties/new", Who.ADMIN)
                        .submittingEmpty("main form"),
                Visit.of("agreement-adherent-new", inForce + "/parties/new", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/parties/{partyId}/edit",
                Visit.of("agreement-party-edit", party + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/agreement/parties/{partyId}/remove",
                Visit.of("agreement-party-remove", party + "/remove", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/parties/{partyId}/sign",
                Visit.of("agreement-sign", inForce + "/parties/" + demo.unsignedParty() + "/sign", Who.ADMIN)
                        .submittingEmpty("main form"),
                Visit.of("agreement-sign-draft", party + "/sign", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/agreement/signatures/{signatureId}",
                Visit.of("agreement-signature", signature, Who.ANONYMOUS),
                Visit.of("agreement-signature-en", signature + "?lang=en", Who.ANONYMOUS));
        String link = "/agreement-links/" + s.agreementToken();
        add(
                visits,
                "/agreement-links/{token}",
                Visit.of("agreement-link", link, Who.ANONYMOUS).submittingEmpty("main form"),
                Visit.of("agreement-link-en", link + "?lang=en", Who.ANONYMOUS),
                Visit.of("agreement-link-invalid", "/agreement-links/not-a-token", Who.ANONYMOUS));
    }

    /**
     * The sittings of the demo's Coordinamento istituzionale (the one of 26/03/2024, held, with three
     * resolutions, two of which say what they decide on the plan, an item not voted and its minutes
     * in draft, and the next one, convened and mailed to the mayors but one), their resolutions and
     * the body's quorum rules.
     */
    private static void sittingPages(Map<String, List<Visit>> visits, Samples s) {
        String poggiardo = "/districts/poggiardo";
        String empty = "/districts/" + s.emptyDistrict();
        DemoSittings demo = DemoSittings.read();
        String held = "/sittings/" + demo.held();
        String next = "/sittings/" + demo.next();
        add(
                visits,
                "/districts/{slug}/sittings",
                Visit.of("sittings", poggiardo + "/sittings", Who.ANONYMOUS),
                Visit.of("sittings-staff", poggiardo + "/sittings", Who.ADMIN),
                Visit.of(
                        "sittings-of-body",
                        poggiardo + "/sittings?body=" + s.governingBody() + "&lang=en",
                        Who.ANONYMOUS),
                Visit.of("sittings-empty", empty + "/sittings", Who.ANONYMOUS));
        add(
                visits,
                "/sittings/{sittingId}",
                Visit.of("sitting-held", held, Who.ANONYMOUS),
                Visit.of("sitting-held-en", held + "?lang=en", Who.ANONYMOUS),
                Visit.of("sitting-held-staff", held, Who.ADMIN),
                Visit.of("sitting-convened", next, Who.ANONYMOUS),
                Visit.of("sitting-convened-staff", next, Who.ADMIN));
        add(
                visits,
                "/districts/{slug}/sittings/new",
                Visit.of("sitting-new", poggiardo + "/sittings/new?body=" + s.governingBody(), Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/sittings/{sittingId}/edit",
                Visit.of("sitting-edit", next + "/edit", Who.ADMIN).submittingEmpty("main form"),
                Visit.of("sitting-edit-decided", held + "/edit", Who.ADMIN));
        add(visits, "/sittings/{sittingId}/cancel", Visit.of("sitting-cancel", next + "/cancel", Who.ADMIN));
        add(
                visits,
                "/sittings/{sittingId}/attendance",
                Visit.of("sitting-attendance", held + "/attendance", Who.ADMIN),
                // Not yet held: the blank sheet, sent back without a choice for anyone.
                Visit.of("sitting-attendance-blank", next + "/attendance", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/sittings/{sittingId}/items/{number}/votes",
                Visit.of("sitting-votes", held + "/items/4/votes", Who.ADMIN),
                Visit.of("sitting-votes-decided", held + "/items/1/votes", Who.ADMIN));
        add(
                visits,
                "/sittings/{sittingId}/items/{number}/decision",
                Visit.of("sitting-decision", held + "/items/4/decision", Who.ADMIN));
        // The held sitting's minutes are a draft (EveryPageTest drafts them): the office's pages.
        add(
                visits,
                "/sittings/{sittingId}/minutes",
                Visit.of("sitting-minutes", held + "/minutes", Who.ADMIN),
                Visit.of("sitting-minutes-en", held + "/minutes?lang=en", Who.VIEWER));
        add(
                visits,
                "/sittings/{sittingId}/minutes/edit",
                Visit.of("sitting-minutes-edit", held + "/minutes/edit", Who.ADMIN));
        add(
                visits,
                "/sittings/{sittingId}/minutes/approve",
                Visit.of("sitting-minutes-approve", held + "/minutes/approve", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/resolutions",
                Visit.of("resolutions", poggiardo + "/resolutions", Who.ANONYMOUS),
                Visit.of("resolutions-search", poggiardo + "/resolutions?q=piano&year=2024&lang=en", Who.ANONYMOUS),
                Visit.of("resolutions-no-match", poggiardo + "/resolutions?q=zzzz", Who.ANONYMOUS),
                Visit.of("resolutions-empty", empty + "/resolutions", Who.ANONYMOUS));
        add(
                visits,
                "/resolutions/{resolutionId}",
                Visit.of("resolution", "/resolutions/" + demo.resolution(), Who.ANONYMOUS),
                Visit.of("resolution-en", "/resolutions/" + demo.resolution() + "?lang=en", Who.ANONYMOUS));
        String rules = poggiardo + "/governing-bodies/" + s.governingBody() + "/quorum-rules";
        add(
                visits,
                "/districts/{slug}/governing-bodies/{bodyId}/quorum-rules",
                Visit.of("quorum-rules", rules, Who.ADMIN),
                Visit.of("quorum-rules-viewer", rules, Who.VIEWER));
    }

    /**
     * The ids of the demo's sittings and of its first resolution. {@link Samples} is filled by
     * EveryPageTest; these are read here from the test database ({@link #fromTestDatabase}).
     */
    /** The demo's official documents (its resolutions and minutes among them), and the upload form. */
    private static void archivePages(Map<String, List<Visit>> visits, Samples s) {
        String poggiardo = "/districts/poggiardo";
        String document = "/archive/" + DemoSittings.read().archived();
        add(
                visits,
                "/districts/{slug}/archive",
                Visit.of("archive", poggiardo + "/archive", Who.ANONYMOUS),
                Visit.of("archive-staff", poggiardo + "/archive", Who.ADMIN),
                Visit.of("archive-filtered", poggiardo + "/archive?kind=RESOLUTION&year=2024&lang=en", Who.ANONYMOUS),
                Visit.of("archive-no-match", poggiardo + "/archive?q=zzzz", Who.ANONYMOUS),
                Visit.of("archive-empty", "/districts/" + s.emptyDistrict() + "/archive", Who.ANONYMOUS));
        add(
                visits,
                "/archive/{documentId}",
                Visit.of("archived-document", document, Who.ANONYMOUS),
                Visit.of("archived-document-en", document + "?lang=en", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}/archive/new",
                Visit.of("archive-upload", poggiardo + "/archive/new", Who.ADMIN)
                        .submittingEmpty("main form"));
    }

    record DemoSittings(long held, long next, long resolution, long archived) {

        static DemoSittings read() {
            return fromTestDatabase(connection -> {
                String district = "(select id from district where slug = 'poggiardo')";
                long held = id(
                        connection,
                        "select min(id) from sitting where district_id = " + district
                                + " and sitting_date = date '2024-03-26'");
                long next = id(
                        connection,
                        "select max(id) from sitting where district_id = " + district
                                + " and status = 'CONVENED' and held_at_call is null");
                long resolution = id(
                        connection,
                        "select min(id) from resolution where sitting_id = " + held + " and item_number = 1");
                long archived = id(
                        connection,
                        "select min(id) from archived_document where page = '/resolutions/" + resolution + "'");
                return new DemoSittings(held, next, resolution, archived);
            });
        }
    }

    /**
     * The demo's agreement in force, a party of it that has not signed and a signed file; the draft
     * EveryPageTest writes for the previous plan (AgreementSamples) and its party; read from the test
     * database as {@link DemoSittings} are.
     */
    record DemoAgreements(long draftPlan, long draftParty, long inForcePlan, long unsignedParty, long signature) {

        static DemoAgreements read() {
            return fromTestDatabase(connection -> {
                String demo = "select a.id from program_agreement a join district d on d.id = a.district_id"
                        + " where d.slug = 'poggiardo' and a.status = ";
                long draft = id(connection, demo + "'DRAFT'");
                long inForce = id(connection, demo + "'IN_FORCE'");
                return new DemoAgreements(
                        id(connection, "select plan_id from program_agreement where id = " + draft),
                        id(connection, "select min(id) from agreement_party where agreement_id = " + draft),
                        id(connection, "select plan_id from program_agreement where id = " + inForce),
                        id(
                                connection,
                                "select min(p.id) from agreement_party p where p.agreement_id = " + inForce
                                        + " and not exists (select 1 from agreement_signature s"
                                        + " where s.party_id = p.id)"),
                        id(connection, "select min(id) from agreement_signature where agreement_id = " + inForce));
            });
        }
    }

    /**
     * The eligibility check of the demo's catalogue (its result and its errors, which a POST shows,
     * are visited by CheckBrowserTest) and the office's criteria form of the demo's first service.
     */
    private static void eligibilityPages(Map<String, List<Visit>> visits) {
        String check = "/districts/poggiardo/services/check";
        add(
                visits,
                "/districts/{slug}/services/check",
                Visit.of("check", check, Who.ANONYMOUS),
                Visit.of("check-en", check + "?lang=en", Who.ANONYMOUS));
        long service = fromTestDatabase(connection -> id(
                connection,
                "select min(s.id) from social_service s join district d on d.id = s.district_id"
                        + " where d.slug = 'poggiardo'"));
        add(
                visits,
                "/services/{id}/criteria",
                Visit.of("check-criteria", "/services/" + service + "/criteria", Who.ADMIN)
                        .submittingEmpty("main form"));
    }

    /** A read of the test database, which may fail as SQL does. */
    private interface DatabaseRead<T> {
        T from(Connection connection) throws SQLException;
    }

    /**
     * Reads the test database, which the application runs on in this same JVM (the in-memory H2 of
     * application-test.yml, or the database the environment names).
     */
    private static <T> T fromTestDatabase(DatabaseRead<T> read) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-test.yml"));
        Properties test = Objects.requireNonNull(yaml.getObject());
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", test.getProperty("spring.datasource.url"));
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return read.from(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the demo from " + url, e);
        }
    }

    private static long id(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            if (!result.next() || result.getObject(1) == null) {
                throw new IllegalStateException("The demo has nothing for: " + query);
            }
            return result.getLong(1);
        }
    }

    /** A plan's calls for nominations, the office's pages of a call, and an organisation's personal link. */
    private static void callPages(Map<String, List<Visit>> visits, Samples s) {
        String plan = "/plans/" + s.plan();
        String call = "/calls/" + s.call();
        String link = "/nominations/" + s.nominationToken();
        add(
                visits,
                "/plans/{planId}/calls",
                Visit.of("calls", plan + "/calls", Who.ADMIN),
                Visit.of("calls-public", plan + "/calls", Who.ANONYMOUS),
                Visit.of("calls-empty", "/plans/" + s.emptyPlan() + "/calls", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/calls/new",
                Visit.of("call-new", plan + "/calls/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/calls/{callId}",
                Visit.of("call", call, Who.ADMIN),
                Visit.of("call-public", call, Who.ANONYMOUS),
                Visit.of("call-viewer", call, Who.VIEWER));
        add(
                visits,
                "/calls/{callId}/edit",
                Visit.of("call-edit", call + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/calls/{callId}/close", Visit.of("call-close", call + "/close", Who.ADMIN));
        add(
                visits,
                "/calls/{callId}/reopen",
                Visit.of("call-reopen", call + "/reopen", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/calls/{callId}/invitations/new", Visit.of("call-invite", call + "/invitations/new", Who.ADMIN));
        add(
                visits,
                "/calls/{callId}/invitations/confirm",
                Visit.of(
                        "call-invite-confirm",
                        call + "/invitations/confirm?organizationTypes=RELIGIOUS_BODY&organizationTypes=SCHOOL",
                        Who.ADMIN),
                Visit.of("call-invite-confirm-nothing", call + "/invitations/confirm", Who.ADMIN));
        add(visits, "/calls/{callId}/nominations", Visit.of("call-nominations", call + "/nominations", Who.ADMIN));
        add(
                visits,
                "/nominations/{token}",
                Visit.of("nomination", link, Who.ANONYMOUS),
                Visit.of("nomination-en", link + "?lang=en", Who.ANONYMOUS),
                Visit.of("nomination-expired", "/nominations/" + s.expiredToken(), Who.ANONYMOUS),
                Visit.of("nomination-invalid", "/nominations/not-a-token", Who.ANONYMOUS));
        add(
                visits,
                "/nominations/{token}/{nominationId}/replace",
                Visit.of("nomination-replace", link + "/" + s.nomination() + "/replace", Who.ANONYMOUS)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/nominations/{token}/{nominationId}/withdraw",
                Visit.of("nomination-withdraw", link + "/" + s.nomination() + "/withdraw", Who.ANONYMOUS));
    }

    /** The pages of a plan's content: areas, needs, objectives, interventions, the yearly programme. */
    private static void programmePages(Map<String, List<Visit>> visits, Samples s) {
        String plan = "/plans/" + s.plan();
        String empty = "/plans/" + s.emptyPlan();
        add(
                visits,
                "/plans/{planId}/areas",
                Visit.of("areas", plan + "/areas", Who.ADMIN),
                Visit.of("areas-public", plan + "/areas", Who.ANONYMOUS));
        add(
                visits,
                "/plans/{planId}/areas/new",
                Visit.of("area-new", plan + "/areas/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/areas/{areaId}/edit",
                Visit.of("area-edit", plan + "/areas/" + s.area() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/areas/{areaId}/delete",
                Visit.of("area-delete-held", plan + "/areas/" + s.area() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/target-groups/new",
                Visit.of("target-group-new", plan + "/target-groups/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/target-groups/{groupId}/edit",
                Visit.of("target-group-edit", plan + "/target-groups/" + s.targetGroup() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/target-groups/{groupId}/delete",
                Visit.of(
                        "target-group-delete-held", plan + "/target-groups/" + s.targetGroup() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/needs",
                Visit.of("needs", plan + "/needs", Who.ADMIN),
                Visit.of("needs-area", plan + "/needs?area=" + s.area(), Who.ANONYMOUS),
                Visit.of("needs-empty", empty + "/needs", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/needs/new",
                Visit.of("need-new", plan + "/needs/new", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/plans/{planId}/needs/{needId}", Visit.of("need", plan + "/needs/" + s.need(), Who.ANONYMOUS));
        add(
                visits,
                "/plans/{planId}/needs/{needId}/edit",
                Visit.of("need-edit", plan + "/needs/" + s.need() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/needs/{needId}/delete",
                Visit.of("need-delete-held", plan + "/needs/" + s.need() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/objectives",
                Visit.of("objectives", plan + "/objectives", Who.ADMIN),
                Visit.of("objectives-public", plan + "/objectives", Who.ANONYMOUS),
                Visit.of("objectives-empty", empty + "/objectives", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/objectives/new",
                Visit.of("objective-new", plan + "/objectives/new", Who.ADMIN).submittingEmpty("main form"),
                Visit.of("objective-new-specific", plan + "/objectives/new?parent=" + s.objective(), Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/objectives/{objectiveId}/edit",
                Visit.of("objective-edit", plan + "/objectives/" + s.objective() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/objectives/{objectiveId}/delete",
                Visit.of("objective-delete-held", plan + "/objectives/" + s.objective() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/interventions",
                Visit.of("interventions", plan + "/interventions", Who.ADMIN),
                Visit.of("interventions-public", plan + "/interventions?year=2025&sort=title", Who.ANONYMOUS),
                Visit.of("interventions-no-match", plan + "/interventions?q=zzzz", Who.ADMIN),
                Visit.of("interventions-empty", empty + "/interventions", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/interventions/new",
                Visit.of("intervention-new", plan + "/interventions/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}",
                Visit.of("intervention", plan + "/interventions/" + s.intervention(), Who.ANONYMOUS));
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}/edit",
                Visit.of("intervention-edit", plan + "/interventions/" + s.intervention() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/interventions/{interventionId}/delete",
                Visit.of("intervention-delete", plan + "/interventions/" + s.intervention() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/programme/{year}",
                Visit.of("programme-year", plan + "/programme/2025", Who.ANONYMOUS),
                Visit.of("programme-year-empty", empty + "/programme/2027", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/programme/{year}/approval",
                Visit.of("programme-approval", plan + "/programme/2024/approval", Who.ANONYMOUS),
                Visit.of("programme-approval-form", plan + "/programme/2025/approval", Who.ADMIN)
                        .submittingEmpty("main form"));
    }

    /** The pages of a plan's resources and the District's funding sources. */
    private static void addBudgetPages(Map<String, List<Visit>> visits, Samples s, String poggiardo, String empty) {
        String plan = "/plans/" + s.plan();
        String emptyPlan = "/plans/" + s.emptyPlan();
        add(
                visits,
                "/plans/{id}/budget",
                Visit.of("budget", plan + "/budget", Who.ADMIN),
                Visit.of("budget-public", plan + "/budget", Who.ANONYMOUS),
                Visit.of("budget-en", plan + "/budget?lang=en", Who.ANONYMOUS),
                Visit.of("budget-empty", emptyPlan + "/budget", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/budget-lines",
                Visit.of("budget-lines", plan + "/budget-lines", Who.ADMIN),
                Visit.of("budget-lines-filtered", plan + "/budget-lines?year=2025&sort=amount-desc", Who.ANONYMOUS),
                Visit.of("budget-lines-page-2", plan + "/budget-lines?page=1", Who.ANONYMOUS),
                Visit.of("budget-lines-empty", emptyPlan + "/budget-lines", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/interventions/{interventionId}/budget",
                Visit.of("budget-grid", plan + "/interventions/" + s.intervention() + "/budget", Who.ADMIN)
                        .submittingEmpty("main form"),
                Visit.of("budget-grid-public", plan + "/interventions/" + s.intervention() + "/budget", Who.ANONYMOUS));
        add(
                visits,
                "/plans/{id}/staffing",
                Visit.of("staffing", plan + "/staffing", Who.ADMIN),
                Visit.of("staffing-empty", emptyPlan + "/staffing", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/staffing/new",
                Visit.of("staffing-new", plan + "/staffing/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/staffing/{rowId}/edit",
                Visit.of("staffing-edit", plan + "/staffing/" + s.staffing() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/staffing/{rowId}/delete",
                Visit.of("staffing-delete", plan + "/staffing/" + s.staffing() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{id}/facilities",
                Visit.of("facilities", plan + "/facilities", Who.ADMIN),
                Visit.of("facilities-empty", emptyPlan + "/facilities", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{id}/facilities/new",
                Visit.of("facility-new", plan + "/facilities/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/facilities/{facilityId}/edit",
                Visit.of("facility-edit", plan + "/facilities/" + s.facility() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/plans/{id}/facilities/{facilityId}/delete",
                Visit.of("facility-delete", plan + "/facilities/" + s.facility() + "/delete", Who.ADMIN));
        add(
                visits,
                "/plans/{id}/cofunding",
                Visit.of("cofunding", plan + "/cofunding", Who.ADMIN).submittingEmpty("main form"),
                Visit.of("cofunding-public", plan + "/cofunding", Who.ANONYMOUS),
                Visit.of("cofunding-empty", emptyPlan + "/cofunding", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/districts/{slug}/funding-sources",
                Visit.of("funding-sources", poggiardo + "/funding-sources", Who.ADMIN),
                Visit.of("funding-sources-public", poggiardo + "/funding-sources", Who.ANONYMOUS),
                Visit.of("funding-sources-empty", empty + "/funding-sources", Who.ANONYMOUS));
        add(
                visits,
                "/districts/{slug}/funding-sources/new",
                Visit.of("funding-source-new", poggiardo + "/funding-sources/new", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/funding-sources/{id}/edit",
                Visit.of("funding-source-edit", poggiardo + "/funding-sources/" + s.unusedSource() + "/edit", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/districts/{slug}/funding-sources/{id}/delete",
                Visit.of(
                        "funding-source-delete",
                        poggiardo + "/funding-sources/" + s.unusedSource() + "/delete",
                        Who.ADMIN),
                Visit.of(
                        "funding-source-delete-held",
                        poggiardo + "/funding-sources/" + s.usedSource() + "/delete",
                        Who.ADMIN));
        tables(visits, s);
    }

    private static void tables(Map<String, List<Visit>> visits, Samples s) {
        String plan = "/plans/" + s.plan();
        String emptyPlan = "/plans/" + s.emptyPlan();
        String table = "/tables/" + s.table();
        add(
                visits,
                "/plans/{planId}/tables",
                Visit.of("tables", plan + "/tables", Who.ADMIN),
                Visit.of("tables-public", plan + "/tables", Who.ANONYMOUS),
                Visit.of("tables-en", plan + "/tables?lang=en", Who.ANONYMOUS),
                Visit.of("tables-empty", emptyPlan + "/tables", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/tables/new",
                Visit.of("table-new", plan + "/tables/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/tables/coordinator",
                Visit.of("tables-coordinator", plan + "/tables/coordinator", Who.ADMIN),
                Visit.of("tables-coordinator-first", emptyPlan + "/tables/coordinator", Who.EMPTY_PLAN_ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/tables/{tableId}",
                Visit.of("table", table, Who.ADMIN),
                Visit.of("table-public", table, Who.ANONYMOUS),
                Visit.of("table-en", table + "?lang=en", Who.ANONYMOUS));
        add(
                visits,
                "/tables/{tableId}/edit",
                Visit.of("table-edit", table + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/tables/{tableId}/delete", Visit.of("table-delete-held", table + "/delete", Who.ADMIN));
        add(
                visits,
                "/tables/{tableId}/members/history",
                Visit.of("table-members-history", table + "/members/history", Who.ANONYMOUS));
        add(
                visits,
                "/tables/{tableId}/members/new",
                Visit.of("table-member-new", table + "/members/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/tables/{tableId}/members/{memberId}/replace",
                Visit.of("table-member-replace", table + "/members/" + s.tableMember() + "/replace", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/tables/{tableId}/members/{memberId}/withdraw",
                Visit.of("table-member-withdraw", table + "/members/" + s.tableMember() + "/withdraw", Who.ADMIN));
        add(
                visits,
                "/tables/{tableId}/members/{memberId}/account",
                Visit.of("table-member-account", table + "/members/" + s.memberWithoutAccount() + "/account", Who.ADMIN)
                        .submittingEmpty("main form"),
                // The demo's representative has an account already: nobody left to open one for.
                Visit.of("table-member-account-none", table + "/members/" + s.tableMember() + "/account", Who.ADMIN));
        add(
                visits,
                "/my/participation",
                Visit.of("mine", "/my/participation", Who.REPRESENTATIVE),
                Visit.of("mine-empty", "/my/participation", Who.NOBODY));
    }

    private static void addMeetingPages(Map<String, List<Visit>> visits, Samples s) {
        String plan = "/plans/" + s.meetingPlan();
        String emptyPlan = "/plans/" + s.emptyPlan();
        String table = "/tables/" + s.meetingTable();
        String meeting = "/meetings/" + s.meeting();
        String held = "/meetings/" + s.heldMeeting();
        add(
                visits,
                "/tables/{tableId}/meetings",
                Visit.of("table-meetings", table + "/meetings", Who.ANONYMOUS),
                Visit.of("table-meetings-staff", table + "/meetings", Who.ADMIN));
        add(
                visits,
                "/plans/{planId}/meetings",
                Visit.of("plenary-meetings", plan + "/meetings", Who.ANONYMOUS),
                Visit.of("plenary-meetings-empty", emptyPlan + "/meetings", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/meetings/{meetingId}",
                Visit.of("meeting", meeting, Who.ANONYMOUS),
                Visit.of("meeting-staff", meeting, Who.ADMIN),
                Visit.of("meeting-held", held, Who.ANONYMOUS));
        add(
                visits,
                "/tables/{tableId}/meetings/new",
                Visit.of("meeting-new", table + "/meetings/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/plans/{planId}/meetings/new",
                Visit.of("plenary-new", plan + "/meetings/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/edit",
                Visit.of("meeting-edit", meeting + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/move",
                Visit.of("meeting-move", meeting + "/move", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/status/{status}",
                Visit.of("meeting-cancel", meeting + "/status/CANCELLED", Who.ADMIN),
                Visit.of("meeting-held-confirm", meeting + "/status/HELD", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/attendance",
                Visit.of("meeting-attendance", held + "/attendance", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/attendance/clear",
                Visit.of("meeting-attendance-clear", held + "/attendance/clear", Who.ADMIN));
        addMinutesPages(visits, s, table, held);
        add(
                visits,
                "/plans/{planId}/calendar",
                Visit.of("calendar", plan + "/calendar", Who.ANONYMOUS),
                Visit.of("calendar-month", plan + "/calendar?month=2025-03", Who.ADMIN),
                Visit.of("calendar-list", plan + "/calendar?view=list", Who.ANONYMOUS),
                Visit.of(
                        "calendar-filtered",
                        plan + "/calendar?view=list&table=" + s.meetingTable() + "&lang=en",
                        Who.ANONYMOUS),
                Visit.of("calendar-empty", emptyPlan + "/calendar", Who.EMPTY_PLAN_ADMIN));
        add(
                visits,
                "/plans/{planId}/participation",
                Visit.of("participation", plan + "/participation", Who.ANONYMOUS),
                Visit.of("participation-staff", plan + "/participation", Who.ADMIN),
                Visit.of("participation-empty", emptyPlan + "/participation", Who.EMPTY_PLAN_ADMIN));
    }

    private static void addMinutesPages(Map<String, List<Visit>> visits, Samples s, String table, String held) {
        String approved = "/minutes/" + s.approvedMinutes();
        String open = "/minutes/" + s.openMinutes();
        add(
                visits,
                "/minutes/{minutesId}",
                Visit.of("minutes-approved", approved, Who.ANONYMOUS),
                Visit.of("minutes-approved-en", approved + "?lang=en", Who.ANONYMOUS),
                Visit.of("minutes-open-staff", open, Who.ADMIN),
                Visit.of("minutes-open-viewer", open, Who.VIEWER));
        add(
                visits,
                "/meetings/{meetingId}/minutes/new",
                Visit.of("minutes-new", held + "/minutes/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/minutes/{minutesId}/edit",
                Visit.of("minutes-edit", open + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/minutes/{minutesId}/circulate", Visit.of("minutes-circulate", open + "/circulate", Who.ADMIN));
        add(
                visits,
                "/minutes/{minutesId}/approve",
                Visit.of("minutes-approve", open + "/approve", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/tables/{tableId}", Visit.of("table-with-minutes", table, Who.ANONYMOUS));
    }

    private static void addProposalPages(Map<String, List<Visit>> visits, Samples s) {
        String plan = "/plans/" + s.meetingPlan();
        String proposal = "/proposals/" + s.proposal();
        String meeting = "/meetings/" + s.needMeeting();
        String need = meeting + "/needs/" + s.heardNeed();
        String note = meeting + "/progress/" + s.progressNote();
        add(
                visits,
                "/plans/{planId}/proposals",
                Visit.of("plan-proposals", plan + "/proposals", Who.ANONYMOUS),
                Visit.of("plan-proposals-filtered", plan + "/proposals?outcome=OPEN&lang=en", Who.ADMIN));
        add(
                visits,
                "/proposals/{proposalId}",
                Visit.of("proposal", proposal, Who.ANONYMOUS),
                Visit.of("proposal-staff", proposal, Who.ADMIN));
        add(
                visits,
                "/proposals/{proposalId}/edit",
                Visit.of("proposal-edit", proposal + "/edit", Who.ADMIN).submittingEmpty("main form"));
        add(visits, "/proposals/{proposalId}/delete", Visit.of("proposal-delete", proposal + "/delete", Who.ADMIN));
        add(
                visits,
                "/proposals/{proposalId}/reopen",
                Visit.of("proposal-reopen", "/proposals/" + s.answeredProposal() + "/reopen", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/proposals/{proposalId}",
                Visit.of("proposal-answered", "/proposals/" + s.answeredProposal(), Who.ANONYMOUS));
        add(
                visits,
                "/proposals/{proposalId}/outcome",
                Visit.of("proposal-outcome", proposal + "/outcome", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/proposals/{proposalId}/objective",
                Visit.of("proposal-objective", proposal + "/objective", Who.ADMIN)
                        .submittingEmpty("main form"),
                Visit.of("proposal-objective-specific", proposal + "/objective?kind=SPECIFIC", Who.ADMIN));
        add(
                visits,
                "/proposals/{proposalId}/intervention",
                Visit.of("proposal-intervention", proposal + "/intervention", Who.ADMIN)
                        .submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/proposals/new",
                Visit.of("proposal-new", meeting + "/proposals/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/needs/new",
                Visit.of("heard-need-new", meeting + "/needs/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/needs/{needId}/edit",
                Visit.of("heard-need-edit", need + "/edit", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/needs/{needId}/delete",
                Visit.of("heard-need-delete", need + "/delete", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/needs/{needId}/plan",
                Visit.of("heard-need-plan", need + "/plan", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/progress/new",
                Visit.of("progress-new", meeting + "/progress/new", Who.ADMIN).submittingEmpty("main form"));
        add(
                visits,
                "/meetings/{meetingId}/progress/{noteId}/edit",
                Visit.of("progress-edit", note + "/edit", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}/progress/{noteId}/delete",
                Visit.of("progress-delete", note + "/delete", Who.ADMIN));
        add(
                visits,
                "/meetings/{meetingId}",
                Visit.of("meeting-with-proposals-and-progress", meeting, Who.ANONYMOUS),
                Visit.of("meeting-with-proposals-and-progress-staff", meeting, Who.ADMIN));
    }

    /**
     * The admin's settings of the District's open data publisher: the demo's (defaults from its lead
     * municipality) and a new District's (an e-mail missing). Every field may be left empty, so the
     * form has no error state to visit; PageFormsTest sends it wrong-typed values.
     */
    private static void openDataSettingsPages(Map<String, List<Visit>> visits, String poggiardo, String empty) {
        add(
                visits,
                "/districts/{slug}/open-data/settings",
                Visit.of("open-data-settings", poggiardo + "/open-data/settings", Who.ADMIN),
                Visit.of("open-data-settings-empty", empty + "/open-data/settings", Who.NEW_DISTRICT_ADMIN));
    }

    private static void add(Map<String, List<Visit>> visits, String pattern, Visit... of) {
        visits.computeIfAbsent(pattern, p -> new ArrayList<>()).addAll(List.of(of));
    }
}
