package it.zona.catalogue;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.office.OfficeForm;
import it.zona.office.OfficeRegistry;
import it.zona.office.OfficeView;
import it.zona.shared.RuleViolationException;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The catalogue's pages as citizens and the District's office use them: the list narrowed and
 * searched without script, each service's page in the order of the modello Comuni, the editors'
 * forms sent as a browser sends them, and the links from the District, the home and the plan.
 */
@ZonaIntegrationTest
class ServicePagesTest {

    private static final LocalDate TODAY = TestCalendar.today();

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    OfficeRegistry offices;

    @Autowired
    DistrictRegistry districts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void citizensNarrowTheCatalogueByKindCategoryTargetGroupAndMunicipalityAndSearchInItalian() {
        Place place = place();
        String list = "/districts/" + place.district().slug() + "/services";
        service(
                place,
                "Assistenza domiciliare per anziani",
                ServiceKind.SERVICE,
                ServiceCategory.HEALTH_WELFARE_CARE,
                Audience.OLDER_PEOPLE,
                List.of(),
                null);
        service(
                place,
                "Buono servizio per l’infanzia",
                ServiceKind.VOUCHER,
                ServiceCategory.EDUCATION_TRAINING,
                Audience.FAMILIES,
                List.of(place.other()),
                openWindow());
        service(
                place,
                "Trasporto sociale",
                ServiceKind.SERVICE,
                ServiceCategory.MOBILITY_TRANSPORT,
                Audience.PEOPLE_WITH_DISABILITIES,
                List.of(place.lead()),
                null);
        WebClient anyone = new WebClient(mvc);

        Document all = anyone.open(list);
        assertThat(titles(all))
                .containsExactly(
                        "Assistenza domiciliare per anziani", "Buono servizio per l’infanzia", "Trasporto sociale");
        assertThat(all.select("main [role=status]").text()).isEqualTo("3 servizi trovati");
        assertThat(all.select("main li:has(a:contains(Buono servizio))").text())
                .contains("Titolo sociale", "Educazione e formazione", "Attivo", "Domande aperte");
        assertThat(all.select("main a:contains(Aggiungi un servizio)")).isEmpty();

        assertThat(titles(anyone.open(list + "?q=anziano"))).containsExactly("Assistenza domiciliare per anziani");
        assertThat(titles(anyone.open(list + "?q=INFANZIA"))).containsExactly("Buono servizio per l’infanzia");
        assertThat(titles(anyone.open(list + "?kind=VOUCHER"))).containsExactly("Buono servizio per l’infanzia");
        assertThat(titles(anyone.open(list + "?category=MOBILITY_TRANSPORT"))).containsExactly("Trasporto sociale");
        assertThat(titles(anyone.open(list + "?audience=OLDER_PEOPLE")))
                .containsExactly("Assistenza domiciliare per anziani");
        Document inOther = anyone.open(list + "?municipality=" + place.other());
        assertThat(titles(inOther))
                .as("a service for all the District's municipalities is offered in each")
                .containsExactly("Assistenza domiciliare per anziani", "Buono servizio per l’infanzia");
        assertThat(inOther.select("#municipality option[selected]").val()).isEqualTo(place.other());
        assertThat(inOther.select("main a[href=" + list + "]").text()).contains("Togli i filtri");
        assertThat(titles(anyone.open(list + "?sort=UPDATED")).get(0))
                .as("the latest changed first")
                .isEqualTo("Trasporto sociale");

        Document none = anyone.open(list + "?q=zzzz&kind=SERVICE");
        assertThat(none.select("main p").eachText())
                .contains("Nessun servizio corrisponde alla ricerca.", "Togli i filtri e mostra tutti i servizi");
        assertThat(none.select("#q").val()).isEqualTo("zzzz");
        Document pastTheEnd = anyone.open(list + "?page=4");
        assertThat(titles(pastTheEnd)).isEmpty();
        assertThat(pastTheEnd.select("main p").text()).contains("Questa pagina dell’elenco è vuota.");
        assertThat(pastTheEnd.select("main a:contains(Torna alla prima pagina)").attr("href"))
                .isEqualTo(list + "?page=0");
        assertThat(anyone.get(list + "?page=2147483647").getResponse().getStatus())
                .as("a page far past the end")
                .isEqualTo(200);
        assertThat(anyone.get(list + "?kind=NOTHING").getResponse().getStatus()).isEqualTo(400);

        Document empty = anyone.open("/districts/" + fixtures.district().slug() + "/services");
        assertThat(empty.select("main p").eachText())
                .contains("L’Ambito non ha ancora pubblicato la sua carta dei servizi.")
                .doesNotContain("Togli i filtri e mostra tutti i servizi");
    }

    @Test
    void aServicesPageFollowsTheModelloComuniWithItsIndexOfTheSectionsItHas() {
        Place place = place();
        long full = fixtures.as(
                place.district().editor().username(),
                () -> catalogue.create(place.district().slug(), fullForm(place)).id());
        long plain = service(
                place,
                "Sportello di ascolto",
                ServiceKind.SERVICE,
                ServiceCategory.HEALTH_WELFARE_CARE,
                Audience.EVERYONE,
                List.of(place.other()),
                null);
        WebClient anyone = new WebClient(mvc);

        Document page = anyone.open("/services/" + full);
        assertThat(page.select("main h1").text()).isEqualTo("Buono servizio per anziani non autosufficienti");
        assertThat(page.select("main h1").first().previousElementSibling().text())
                .as("the category above the title")
                .isEqualTo("Salute, benessere e assistenza");
        assertThat(page.select("main .badge").eachText()).contains("Titolo sociale", "Sospeso");
        assertThat(page.select("main").text())
                .contains(
                        "dal 01/10/2026 al 31/12/2026",
                        "Domande aperte",
                        "Codice di classificazione: E03 – Assistenza domiciliare socio-assistenziale");
        assertThat(page.select("main h2").eachText())
                .containsExactly(
                        "Indice della pagina",
                        "A chi è rivolto",
                        "Come fare",
                        "Cosa serve",
                        "Cosa si ottiene",
                        "Costi",
                        "Tempi e scadenze",
                        "Dove rivolgersi",
                        "Contatti",
                        "Interventi del piano che lo finanziano");
        assertThat(page.select("main nav[aria-labelledby=page-index] a").eachAttr("href"))
                .containsExactly(
                        "#audience",
                        "#howTo",
                        "#documents",
                        "#outcome",
                        "#costs",
                        "#deadlines",
                        "#offices",
                        "#contacts",
                        "#funding");
        assertThat(page.select("main section").eachAttr("id"))
                .containsExactly(
                        "audience",
                        "howTo",
                        "documents",
                        "outcome",
                        "costs",
                        "deadlines",
                        "offices",
                        "contacts",
                        "funding");
        assertThat(page.select("#audience .badge").eachText()).containsExactly("Famiglie", "Anziani");
        assertThat(page.select("#audience").text()).contains("Tutti i Comuni dell’Ambito");
        assertThat(page.select("#documents strong").text()).as("Markdown").isEqualTo("ISEE");
        assertThat(page.select("#documents script")).as("raw HTML stays out").isEmpty();
        assertThat(page.select("#deadlines dd").eachText())
                .containsExactly("Domande aperte", "01/10/2026", "30/11/2026", "120.000,50 €", "40");
        assertThat(page.select("#offices h3").text()).isEqualTo("Sportello sociale di prova");
        assertThat(page.select("#offices").text()).contains("Aperto ora, fino alle 12:00", "Via Roma 1");
        assertThat(page.select("#funding a").attr("href"))
                .isEqualTo("/plans/" + place.plan() + "/interventions/" + place.intervention());
        assertThat(page.select("main a:contains(Modifica), main a:contains(Elimina)"))
                .isEmpty();

        Document brief = anyone.open("/services/" + plain);
        assertThat(brief.select("main nav[aria-labelledby=page-index] a").eachAttr("href"))
                .containsExactly("#audience", "#howTo", "#outcome");
        assertThat(brief.select("#audience li").eachText()).containsExactly(place.otherName());
        assertThat(brief.select("#audience").text()).contains("Offerto nei Comuni di:");

        Document english = anyone.open("/services/" + full + "?lang=en");
        assertThat(english.select("main h2").eachText()).contains("Who it is for", "How to apply", "Where to go");
        assertThat(english.select("main h1").attr("lang")).isEqualTo("it");

        assertThat(anyone.get("/services/999999999").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anEditorAddsChangesAndDeletesAServiceThroughTheFormsWithErrorsNextToTheirFields() {
        Place place = place();
        WebClient editor = fixtures.signIn(place.district().editor());
        String list = "/districts/" + place.district().slug() + "/services";
        String newForm = editor.open(list)
                .select("main a:contains(Aggiungi un servizio)")
                .attr("href");
        assertThat(newForm).isEqualTo(list + "/new");

        Document blank = html(editor.submit(editor.open(newForm), "main form", Map.of()));
        assertThat(blank.select("main .alert-danger").text()).contains("Il modulo contiene errori");
        assertThat(blank.select("#kind-error").text()).isEqualTo("Campo obbligatorio.");
        assertThat(blank.select("#title-error").text()).isEqualTo("Campo obbligatorio.");
        assertThat(blank.select("#howTo-error").text()).isEqualTo("Campo obbligatorio.");

        Document form = editor.open(newForm);
        tick(form, "audiences", "OLDER_PEOPLE");
        tick(form, "officeIds", Long.toString(place.office()));
        tick(form, "interventionIds", Long.toString(place.intervention()));
        Map<String, String> fields = Map.of(
                "kind", "VOUCHER",
                "category", "HEALTH_WELFARE_CARE",
                "title", "Assegno di cura",
                "summary", "Un contributo per chi assiste un anziano a casa.",
                "audienceText", "Famiglie con un anziano non autosufficiente.",
                "howTo", "Presenta la domanda allo sportello.",
                "outcome", "Un assegno mensile.",
                "windowOpensOn", TODAY.minusDays(5).toString(),
                "windowClosesOn", TODAY.plusDays(30).toString(),
                "windowBudget", "12.000,50");
        Document refused = html(editor.submit(
                form.selectFirst("main form"),
                with(
                        fields,
                        Map.of("statusFrom", "31/02/2026", "windowPlaces", "tanti", "municipalities", place.lead()))));
        assertThat(refused.select("#statusFrom-error").text())
                .isEqualTo("Data non valida: scrivila come anno-mese-giorno, ad esempio 2026-01-31.");
        assertThat(refused.select("#windowPlaces-error").text()).isEqualTo("Scrivi un numero intero, come 2026.");
        assertThat(refused.select("#title").val()).as("what was typed stays").isEqualTo("Assegno di cura");
        assertThat(refused.select("input[name=audiences][checked]").eachAttr("value"))
                .containsExactly("OLDER_PEOPLE");
        Document both = html(editor.submit(
                refused.selectFirst("main form"),
                with(fields, Map.of("statusFrom", "", "windowPlaces", "", "municipalities", place.lead()))));
        assertThat(both.select("#municipalities-error").text())
                .isEqualTo("Scegli tutti i Comuni dell’Ambito oppure alcuni, non entrambi.");
        Document noOpening = html(editor.submit(
                both.selectFirst("main form"),
                with(fields, Map.of("windowOpensOn", "", "windowBudget", "dodicimila"))));
        assertThat(noOpening.select("#windowOpensOn-error").text()).isEqualTo("Campo obbligatorio.");
        assertThat(noOpening.select("#windowBudget-error").text())
                .isEqualTo("Non è un numero: scrivilo come 14,5 o 1.234,56.");
        tick(noOpening, "municipalities");

        assertThat(noOpening.select("#serviceCode option").eachAttr("value")).startsWith("", "E01", "E02");
        MvcResult created =
                editor.submit(noOpening.selectFirst("main form"), with(fields, Map.of("serviceCode", "E05")));
        String page = created.getResponse().getRedirectedUrl();
        assertThat(page).matches("/services/\\d+");
        long id = Long.parseLong(page.substring("/services/".length()));
        Document saved = editor.open(page);
        assertThat(saved.select("main .alert-success").text())
                .isEqualTo("Il servizio «Assegno di cura» è stato aggiunto.");
        assertThat(saved.select("#deadlines dd").eachText()).contains("12.000,50 €");
        assertThat(saved.select("#offices h3").text()).isEqualTo("Sportello sociale di prova");

        Document edit = editor.open(saved.select("main a:contains(Modifica)").attr("href"));
        Document stale = editor.open("/services/" + id + "/edit");
        tick(edit, "audiences");
        Document noAudience = html(editor.submit(edit.selectFirst("main form"), Map.of()));
        assertThat(noAudience.select("#audiences-error").text()).isEqualTo("Indica almeno un destinatario.");
        tick(noAudience, "audiences", "FAMILIES", "OLDER_PEOPLE");
        tick(noAudience, "officeIds");
        tick(noAudience, "interventionIds");
        Document kindless = html(editor.submit(noAudience.selectFirst("main form"), Map.of("kind", "SERVICE")));
        assertThat(kindless.select("#windowOpensOn-error").text())
                .isEqualTo("Il bando riguarda solo i titoli sociali.");
        MvcResult updated = editor.submit(
                kindless.selectFirst("main form"), Map.of("kind", "VOUCHER", "title", "Assegno di cura 2026"));
        assertThat(updated.getResponse().getRedirectedUrl()).isEqualTo(page);
        SocialServiceView changed = catalogue.get(id);
        assertThat(changed.title()).isEqualTo("Assegno di cura 2026");
        assertThat(changed.serviceCode())
                .as("the code chosen stays through a change")
                .isEqualTo("E05");
        assertThat(changed.audiences()).containsExactlyInAnyOrder(Audience.FAMILIES, Audience.OLDER_PEOPLE);
        assertThat(changed.officeIds()).as("unticked boxes empty their lists").isEmpty();
        assertThat(changed.interventionIds()).isEmpty();
        assertThat(changed.window().budget()).isEqualByComparingTo(new BigDecimal("12000.50"));

        Document conflict = html(editor.submit(stale.selectFirst("main form"), Map.of("title", "Assegno vecchio")));
        assertThat(conflict.select("main .alert-danger").text()).contains("modificati da qualcun altro");
        assertThat(catalogue.get(id).title()).isEqualTo("Assegno di cura 2026");

        Document confirm =
                editor.open(editor.open(page).select("main a:contains(Elimina)").attr("href"));
        assertThat(confirm.select("h1").text()).isEqualTo("Eliminare «Assegno di cura 2026»?");
        MvcResult deleted = editor.submit(confirm, "main form", Map.of());
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(list);
        assertThat(editor.open(list).select("main .alert-success").text())
                .isEqualTo("Il servizio «Assegno di cura 2026» è stato eliminato.");
        assertThat(editor.get(page).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void editingAServiceKeepsItsFundingFromAPlanClosedSinceWhichNoNewServiceMayName() {
        Place place = place();
        long id = fixtures.as(
                place.district().editor().username(),
                () -> catalogue.create(place.district().slug(), fullForm(place)).id());
        // The plan's iter to its end is the plan module's to test: here only its last stage matters.
        jdbc.update("update plan set stage = 'CLOSED' where id = ?", place.plan());
        WebClient editor = fixtures.signIn(place.district().editor());
        String box = "input[name=interventionIds][value=" + place.intervention() + "]";

        Document edit = editor.open("/services/" + id + "/edit");
        assertThat(edit.select(box + "[checked]")).hasSize(1);
        MvcResult updated = editor.submit(edit.selectFirst("main form"), Map.of("title", "Buono anziani"));
        assertThat(updated.getResponse().getRedirectedUrl()).isEqualTo("/services/" + id);
        assertThat(catalogue.get(id).interventionIds()).containsExactly(place.intervention());
        assertThat(new WebClient(mvc)
                        .open("/services/" + id)
                        .select("#funding a")
                        .text())
                .contains("Assistenza domiciliare");

        assertThat(editor.open("/districts/" + place.district().slug() + "/services/new")
                        .select(box))
                .as("a new service names the running plans' interventions only")
                .isEmpty();
        assertThat(catch422(() -> fixtures.as(
                        place.district().editor().username(),
                        () -> catalogue.create(place.district().slug(), fullForm(place)))))
                .isEqualTo("interventionIds[0]");
    }

    private static String catch422(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuleViolationException refused) {
            return refused.field();
        }
    }

    @Test
    void viewersAndVisitorsSeeNoEditingAndAreRefusedIfTheyTry() {
        Place place = place();
        long id = service(
                place,
                "Centro diurno",
                ServiceKind.SERVICE,
                ServiceCategory.HEALTH_WELFARE_CARE,
                Audience.PEOPLE_WITH_DISABILITIES,
                List.of(),
                null);
        String slug = place.district().slug();
        WebClient viewer = fixtures.signIn(place.district().viewer());
        WebClient anyone = new WebClient(mvc);

        assertThat(viewer.open("/districts/" + slug + "/services").select("main a:contains(Aggiungi un servizio)"))
                .isEmpty();
        assertThat(viewer.open("/services/" + id).select("main a:contains(Modifica), main a:contains(Elimina)"))
                .isEmpty();
        for (String form : List.of(
                "/districts/" + slug + "/services/new", "/services/" + id + "/edit", "/services/" + id + "/delete")) {
            assertThat(viewer.get(form).getResponse().getStatus()).as(form).isEqualTo(403);
            assertThat(viewer.post(form, Map.of("title", "Preso")).getResponse().getStatus())
                    .as(form)
                    .isEqualTo(403);
            assertThat(anyone.get(form).getResponse().getRedirectedUrl())
                    .as(form)
                    .endsWith("/login");
            assertThat(anyone.post(form, Map.of("title", "Preso")).getResponse().getRedirectedUrl())
                    .as(form)
                    .endsWith("/login");
        }
        assertThat(catalogue.get(id).title()).isEqualTo("Centro diurno");
    }

    @Test
    void theDistrictTheHomeAndTheInterventionLeadToTheServices() {
        Place place = place();
        long id = fixtures.as(
                place.district().editor().username(),
                () -> catalogue.create(place.district().slug(), fullForm(place)).id());
        String list = "/districts/" + place.district().slug() + "/services";
        WebClient anyone = new WebClient(mvc);

        assertThat(anyone.open("/districts/" + place.district().slug())
                        .select("main a[href=" + list + "]")
                        .text())
                .isEqualTo("Consulta la carta dei servizi");
        assertThat(anyone.open("/?q=" + place.district().name())
                        .select("main a[href=" + list + "]")
                        .attr("aria-label"))
                .isEqualTo("Servizi per i cittadini – " + place.district().name());

        Document intervention = anyone.open("/plans/" + place.plan() + "/interventions/" + place.intervention());
        assertThat(intervention.select("#funded-services").text()).isEqualTo("Servizi per i cittadini che finanzia");
        assertThat(intervention.select("section:has(#funded-services) a").eachAttr("href"))
                .containsExactly("/services/" + id);
    }

    /** A District of two municipalities, an office open on Monday mornings, an approved plan with one intervention. */
    private Place place() {
        TestDistrict district = fixtures.district();
        String other = fixtures.addMunicipality(district);
        DistrictView view = fixtures.asPlatformAdmin(() -> districts.view(district.slug()));
        String lead = view.leadMunicipality().istatCode();
        String otherName = view.municipalities().stream()
                .filter(m -> m.istatCode().equals(other))
                .findFirst()
                .orElseThrow()
                .name();
        long office = fixtures.as(district.editor().username(), () -> {
            OfficeView created = offices.create(
                    district.slug(),
                    new OfficeForm("Sportello sociale di prova", "Via Roma 1", "", "", "", "", "", null, null, null));
            return offices.addSlot(
                            district.slug(),
                            created.id(),
                            new OfficeForm.SlotForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                            created.version())
                    .id();
        });
        long plan = fixtures.plan(district, 2026, 2028);
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Restare a casa propria");
        long intervention = content.intervention(district, plan, objective, "Assistenza domiciliare", 2026, 2028);
        fixtures.approve(district, plan);
        return new Place(district, lead, other, otherName, office, plan, intervention);
    }

    private record Place(
            TestDistrict district,
            String lead,
            String other,
            String otherName,
            long office,
            long plan,
            long intervention) {}

    private long service(
            Place place,
            String title,
            ServiceKind kind,
            ServiceCategory category,
            Audience audience,
            List<String> municipalities,
            SocialServiceForm.WindowForm window) {
        SocialServiceForm form = new SocialServiceForm(
                kind,
                category,
                null,
                title,
                ServiceStatus.ACTIVE,
                null,
                null,
                "In breve: " + title,
                "Chi ne ha bisogno.",
                "Si chiede allo sportello.",
                null,
                "Il servizio.",
                null,
                null,
                null,
                List.of(audience),
                municipalities.isEmpty(),
                municipalities,
                List.of(),
                List.of(),
                window,
                null);
        return fixtures.as(
                place.district().editor().username(),
                () -> catalogue.create(place.district().slug(), form).id());
    }

    /** A titolo sociale with every part of its page written. */
    private static SocialServiceForm fullForm(Place place) {
        return new SocialServiceForm(
                ServiceKind.VOUCHER,
                ServiceCategory.HEALTH_WELFARE_CARE,
                "E03",
                "Buono servizio per anziani non autosufficienti",
                ServiceStatus.SUSPENDED,
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                "Un buono per le ore di assistenza a casa.",
                "Famiglie di persone **anziane** non autosufficienti residenti nell’Ambito.",
                "1. Compila la domanda\n2. Consegnala allo sportello",
                "- attestazione **ISEE** in corso di validità\n- documento d’identità <script>alert(1)</script>",
                "Un buono fino a 300 euro al mese.",
                "Gratuito.",
                "Le domande si valutano entro 30 giorni.",
                "Telefono 0836 000000",
                List.of(Audience.OLDER_PEOPLE, Audience.FAMILIES),
                true,
                List.of(),
                List.of(place.office()),
                List.of(place.intervention()),
                new SocialServiceForm.WindowForm(
                        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), new BigDecimal("120000.50"), 40),
                null);
    }

    private static SocialServiceForm.WindowForm openWindow() {
        return new SocialServiceForm.WindowForm(TODAY.minusDays(1), TODAY.plusDays(10), null, null);
    }

    private static List<String> titles(Document list) {
        return list.select("main ul.list-unstyled h2 a").eachText();
    }

    /** Ticks the form's boxes of that name with these values, and only those. */
    private static void tick(Document page, String name, String... values) {
        for (Element box : page.select("main form input[type=checkbox][name=" + name + "]")) {
            box.removeAttr("checked");
            if (List.of(values).contains(box.val())) {
                box.attr("checked", "checked");
            }
        }
    }

    private static Map<String, String> with(Map<String, String> fields, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(fields);
        all.putAll(more);
        return all;
    }
}
