package it.zona.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import it.zona.agreement.AgreementSamples;
import it.zona.browser.PageCatalogue.Samples;
import it.zona.browser.PageCatalogue.Visit;
import it.zona.browser.PageCatalogue.Who;
import it.zona.browser.Visitor.Mode;
import it.zona.budget.FacilityRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.StaffingRegistry;
import it.zona.catalogue.ServiceSamples;
import it.zona.district.DistrictRegistry;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyType;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.identity.StaffInvitationRegistry;
import it.zona.office.OfficeRegistry;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.PersonRegistry;
import it.zona.participation.calls.CallLinks;
import it.zona.participation.calls.CallRegistry;
import it.zona.participation.calls.InvitationRegistry;
import it.zona.participation.contributions.HeardNeedRegistry;
import it.zona.participation.contributions.ProgressRegistry;
import it.zona.participation.contributions.ProposalOutcome;
import it.zona.participation.contributions.ProposalRegistry;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingStatus;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.minutes.MinutesStatus;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.participation.tables.TableView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.SectionRegistry;
import it.zona.programme.AreaRegistry;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.NeedRegistry;
import it.zona.programme.NeedView;
import it.zona.programme.ObjectiveRegistry;
import it.zona.support.ApiClient;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestMailServer;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the application, in every state the catalogue lists (full, empty, with form
 * errors), passes the automatic WCAG 2.1 AA checks of axe-core with no violation, says where it is
 * (title, one heading, breadcrumb below the home page), gives its tables captions and headers, and
 * can be photographed as a desktop and a phone show it (target/screenshots): every page with
 * -Dzona.screenshots=true, and a page that fails its checks always.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    MinutesRegistry minutes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    OrganizationRegistry organizations;

    @Autowired
    PersonRegistry people;

    @Autowired
    GovernanceRegistry governance;

    @Autowired
    OfficeRegistry offices;

    @Autowired
    PlanRegistry plans;

    @Autowired
    SectionRegistry sections;

    @Autowired
    AreaRegistry areas;

    @Autowired
    NeedRegistry needs;

    @Autowired
    ObjectiveRegistry objectives;

    @Autowired
    InterventionRegistry interventions;

    @Autowired
    StaffingRegistry staffing;

    @Autowired
    FacilityRegistry facilities;

    @Autowired
    FundingSourceRegistry sources;

    @Autowired
    TableRegistry tables;

    @Autowired
    TableMembership membership;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    StaffInvitationRegistry staffInvitations;

    @Autowired
    DistrictRegistry districts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    CallRegistry calls;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanFixtures planContent;

    @Autowired
    InvitationRegistry invitations;

    @Autowired
    TestMailServer mail;

    @Autowired
    ProposalRegistry proposalRegistry;

    @Autowired
    HeardNeedRegistry heardNeeds;

    @Autowired
    ProgressRegistry progressRegistry;

    private final Map<Who, Visitor> visitors = new EnumMap<>(Who.class);
    private Map<String, List<Visit>> catalogue;
    private TestDistrict emptyDistrict;
    private TestDistrict planDistrict;
    private long emptyPlan;
    private Staff nobody;
    private long staffInvitation;

    private Map<String, List<Visit>> catalogue() {
        if (catalogue == null) {
            emptyDistrict = fixtures.district();
            planDistrict = fixtures.district();
            emptyPlan = fixtures.plan(planDistrict, 2027, 2029);
            nobody = fixtures.accountWithoutRoles();
            // A pending invitation: on the invited admin's dashboard and on the inviting District's staff page.
            staffInvitation = fixtures.as(
                            emptyDistrict.admin().username(),
                            () -> staffInvitations.invite(
                                    emptyDistrict.id(),
                                    new AccountRegistry.NewAccount(
                                            planDistrict.admin().username(),
                                            "Persona invitata",
                                            "invitata@example.org"),
                                    DistrictRole.EDITOR))
                    .invitation()
                    .id();
            AgreementSamples.draft(fixtures, context);
            ServiceSamples.voucher(fixtures, context);
            draftMinutesOfTheHeldSitting();
            catalogue = PageCatalogue.visits(fixtures.asPlatformAdmin(this::samples));
        }
        return catalogue;
    }

    /** The demo's held sitting with its minutes in draft, as the office writes them through the API. */
    private void draftMinutesOfTheHeldSitting() {
        ApiClient office = fixtures.api(
                new Staff("ufficio.poggiardo", fixtures.token("ufficio.poggiardo", Fixtures.DEMO_PASSWORD)));
        long held = PageCatalogue.DemoSittings.read().held();
        try {
            int status = office.post(
                            "/api/v1/sittings/{id}/minutes",
                            "{\"notes\":\"La Presidente apre la seduta e dà lettura dell’ordine del giorno.\"}",
                            held)
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("minutes drafted, or there already").isIn(201, 409);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Samples samples() {
        String demo = "poggiardo";
        long plan = plans.list(demo).get(0).id();
        NeedView need = needs.list(plan, null).get(0);
        TableView table = tables.list(plan).get(0);
        long meetingPlan = plans.list(demo).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        return new Samples(
                emptyDistrict.slug(),
                organizations
                        .page(demo, "ASL", null, "name", 0, 20)
                        .items()
                        .get(0)
                        .id(),
                people.page(demo, "Vergari", null, 0, 20).items().get(0).id(),
                people.page(demo, "Rizzo", null, 0, 20).items().get(0).id(),
                governance.list(demo).stream()
                        .filter(b -> b.type() == GoverningBodyType.INSTITUTIONAL_BOARD)
                        .findFirst()
                        .orElseThrow()
                        .id(),
                offices.list(demo).get(0).id(),
                "075005",
                "viewer.poggiardo",
                plan,
                emptyPlan,
                need.area().id(),
                areas.targetGroups(plan).get(0).id(),
                need.id(),
                objectives.outline(plan).get(0).objectives().get(0).objective().id(),
                interventions.list(plan).get(0).id(),
                sections.list(plan).get(0).id(),
                staffing.list(plan).get(0).id(),
                facilities.list(plan).get(0).id(),
                source(demo, "FNPS"),
                source(demo, "OTHER"),
                table.id(),
                membership.members(table.id()).get(0).id(),
                // The demo's meeting invitation, in the outbox with its calendar part.
                jdbc.queryForObject(
                        "select min(id) from outbox_message where calendar_method is not null and district_id = ?",
                        Long.class,
                        districts.ref(demo).id()),
                meetingPlan,
                meetings.forPlan(meetingPlan).stream()
                        .filter(m -> m.tableId() != null)
                        .findFirst()
                        .orElseThrow()
                        .tableId(),
                meetings.forPlan(meetingPlan).stream()
                        .filter(m -> m.tableId() != null && m.status() == MeetingStatus.SCHEDULED)
                        .findFirst()
                        .orElseThrow()
                        .id(),
                meetings.forPlan(meetingPlan).stream()
                        .filter(m -> m.tableId() != null && m.status() == MeetingStatus.HELD)
                        .findFirst()
                        .orElseThrow()
                        .id(),
                calls.list(plan).get(0).id(),
                nominationLink(),
                nominationOf(nominationLink()),
                expiredLink(),
                minutesOf(meetingPlan, MinutesStatus.APPROVED),
                minutesOf(meetingPlan, MinutesStatus.CIRCULATED),
                proposalRegistry
                        .page(meetingPlan, null, ProposalOutcome.OPEN, 0, 20)
                        .items()
                        .get(0)
                        .id(),
                heardNeedSample(meetingPlan)[0],
                heardNeedSample(meetingPlan)[1],
                progressRegistry
                        .forMeeting(heardNeedSample(meetingPlan)[0])
                        .get(0)
                        .id(),
                proposalRegistry
                        .page(meetingPlan, null, ProposalOutcome.NOT_ACCEPTED, 0, 20)
                        .items()
                        .get(0)
                        .id(),
                memberWithoutAccount(table.id()),
                staffInvitation,
                agreementLink());
    }

    /**
     * A seat of the table whose representative could be given an account: an address, no account
     * yet. As the platform admin again, to read the addresses (the links made above sign out).
     */
    private long memberWithoutAccount(long tableId) {
        return fixtures.asPlatformAdmin(() -> membership.members(tableId).stream()
                .filter(m -> m.representative().email() != null
                        && !accounts.hasAccountFor(m.representative().email()))
                .findFirst()
                .orElseThrow()
                .id());
    }

    /**
     * A version of the demo's minutes in the given state. As the platform admin again: the links
     * made above sign in and out, and open versions are for staff only.
     */
    private long minutesOf(long planId, MinutesStatus status) {
        return fixtures.asPlatformAdmin(() -> meetings.forPlan(planId).stream()
                .filter(m -> m.status() == MeetingStatus.HELD)
                .flatMap(m -> minutes.forMeeting(m.id()).stream())
                .filter(v -> v.status() == status)
                .findFirst()
                .orElseThrow()
                .id());
    }

    /** The demo meeting with a need heard and not yet in the plan: its id and the need's. */
    private long[] heardNeedSample(long planId) {
        for (var meeting : meetings.forPlan(planId)) {
            var open = heardNeeds.forMeeting(meeting.id()).stream()
                    .filter(n -> !n.inPlan())
                    .findFirst();
            if (open.isPresent()) {
                return new long[] {meeting.id(), open.get().id()};
            }
        }
        throw new IllegalStateException("The demo has no need heard outside the plan");
    }

    private String agreementToken;

    /** A personal link of the agreement in force, for its party that has not signed. */
    private String agreementLink() {
        if (agreementToken == null) {
            agreementToken = AgreementSamples.partyLink(fixtures, context, mail);
        }
        return agreementToken;
    }

    private String nominationToken;

    /** A personal link of an open call with one nomination waiting, in a District of its own. */
    private String nominationLink() {
        if (nominationToken == null) {
            nominationToken = CallLinks.open(fixtures, planContent, context, mail, "Tavolo delle pagine", true);
        }
        return nominationToken;
    }

    private long nominationOf(String token) {
        return CallLinks.nominationOf(context, token);
    }

    /** A personal link of a call whose deadline has passed. */
    private String expiredLink() {
        String token = CallLinks.open(fixtures, planContent, context, mail, "Tavolo scaduto", false);
        jdbc.update(
                "update call_for_nominations set deadline = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(3600)),
                CallLinks.callOf(context, token));
        return token;
    }

    private long source(String slug, String code) {
        return sources.list(slug).stream()
                .filter(s -> code.equals(s.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void everyPageOfTheApplicationIsInTheCatalogue() {
        assertThat(catalogue().keySet())
                .as("a page without an entry in PageCatalogue escapes the accessibility checks: add one")
                .containsExactlyInAnyOrderElementsOf(PageCatalogue.pages(mappings));
    }

    @TestFactory
    Stream<DynamicTest> everyPagePassesTheAccessibilityChecks() {
        // -Dzona.pages=minutes checks only the visits whose name contains "minutes", while working
        // on a few pages; the whole catalogue runs otherwise.
        String only = System.getProperty("zona.pages", "");
        return catalogue().values().stream()
                .flatMap(List::stream)
                .filter(visit -> visit.name().contains(only))
                .map(visit -> DynamicTest.dynamicTest(visit.name() + " " + visit.path(), () -> check(visit)));
    }

    /** Screenshots of each state checked: with -Dzona.screenshots=true, or when its checks fail. */
    private void check(Visit visit) {
        Visitor visitor = visitor(visit.who());
        Page page = visitor.page();
        visitor.photographed(visit.name(), () -> {
            visitor.openAllowed(visit.path());
            checkPage(visitor, visit.path());
        });
        if (visit.emptyForm() != null) {
            visitor.photographed(visit.name() + "-errors", () -> {
                Locator form = page.locator(visit.emptyForm()).first();
                // Boxes to tick cannot be emptied: they are left as they are.
                for (Locator field : form.locator(
                                "input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=radio]), textarea")
                        .all()) {
                    field.fill("");
                }
                form.locator("button[type=submit]").first().click();
                visitor.settle();
                // The form sent back empty shows its errors, once the server has answered: on a busy
                // machine that may take longer than the assertion's usual five seconds.
                assertThat(page.locator("main .alert-danger").first())
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
                checkPage(visitor, visit.path());
            });
        }
    }

    private void checkPage(Visitor visitor, String path) {
        Page page = visitor.page();
        assertThat(page.title()).as("title of " + path).contains("Zona");
        assertThat(page.locator("h1")).hasCount(1);
        if (!path.equals("/") && !path.startsWith("/?")) {
            assertThat(page.locator("main nav.breadcrumb-container")).hasCount(1);
        }
        for (Locator table : page.locator("main table").all()) {
            assertThat(table.locator("caption")).not().isEmpty();
            assertThat(table.locator("th").count())
                    .as("table headers on " + path)
                    .isPositive();
        }
        AxeResults results = visitor.axe();
        assertThat(results.getPasses()).as("axe-core checked the page").isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> describe(path, violations)).isEmpty();
    }

    private static String describe(String path, List<Rule> violations) {
        return "axe-core violations on " + path + ":\n"
                + violations.stream()
                        .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at "
                                + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"));
    }

    private Visitor visitor(Who who) {
        return visitors.computeIfAbsent(who, w -> {
            Visitor visitor = new Visitor(port, Mode.MOUSE);
            switch (w) {
                case ADMIN -> visitor.signIn("ufficio.poggiardo", Fixtures.DEMO_PASSWORD);
                case VIEWER -> visitor.signIn("viewer.poggiardo", Fixtures.DEMO_PASSWORD);
                case PLATFORM_ADMIN -> visitor.signIn(Fixtures.PLATFORM_ADMIN, Fixtures.DEMO_PASSWORD);
                case NEW_DISTRICT_ADMIN -> visitor.signIn(emptyDistrict.admin().username(), Fixtures.PASSWORD);
                case NOBODY -> visitor.signIn(nobody.username(), Fixtures.PASSWORD);
                case EMPTY_PLAN_ADMIN -> visitor.signIn(planDistrict.admin().username(), Fixtures.PASSWORD);
                case REPRESENTATIVE -> visitor.signIn("rappresentante.poggiardo", Fixtures.DEMO_PASSWORD);
                case ANONYMOUS -> {}
            }
            return visitor;
        });
    }

    @AfterAll
    void closeBrowsers() {
        visitors.values().forEach(Visitor::close);
    }
}
