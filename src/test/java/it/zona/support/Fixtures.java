package it.zona.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.district.LegalForm;
import it.zona.district.NewDistrict;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityRegistry;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.plan.PlanForm;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.TransitionForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named ways to set up the world a test needs: a District with an admin, an editor and a viewer
 * (each with an API token), accounts, free municipalities. Everything is created through the
 * application's own services, as the demo platform admin.
 */
@TestComponent
public class Fixtures {

    /** The password of every account a fixture creates. */
    public static final String PASSWORD = "test-password-long-enough";
    /** The demo platform admin (tests run in demo mode). */
    public static final String PLATFORM_ADMIN = "admin";

    public static final String DEMO_PASSWORD = "zona-demo";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    // Municipalities of the provinces of Turin to Biella (codes 001xxx to 009xxx): far from the demo's, and many.
    private static final AtomicInteger MUNICIPALITY_CURSOR = new AtomicInteger(1);

    private final AccountRegistry accounts;
    private final DistrictRegistry districts;
    private final MunicipalityRegistry municipalities;
    private final PlanRegistry plans;
    private final OrganizationRegistry organizations;
    private final MockMvc mvc;
    private final JsonMapper json;

    Fixtures(
            AccountRegistry accounts,
            DistrictRegistry districts,
            MunicipalityRegistry municipalities,
            PlanRegistry plans,
            OrganizationRegistry organizations,
            MockMvc mvc,
            JsonMapper json) {
        this.accounts = accounts;
        this.districts = districts;
        this.municipalities = municipalities;
        this.plans = plans;
        this.organizations = organizations;
        this.mvc = mvc;
        this.json = json;
    }

    public record Staff(String username, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    public record TestDistrict(String slug, long id, String name, Staff admin, Staff editor, Staff viewer) {}

    /** A new District with one lead municipality and an admin, an editor and a viewer. */
    public TestDistrict district() {
        String n = unique();
        String slug = "test-" + n;
        String name = "Ambito di prova " + n;
        String lead = freeMunicipality();
        DistrictView district = asPlatformAdmin(() -> districts
                .create(new NewDistrict(slug, name, LegalForm.CONVENZIONE, lead, List.of(), null, null))
                .district());
        return new TestDistrict(
                slug,
                district.id(),
                name,
                staff(district.id(), "admin-" + n, DistrictRole.ADMIN),
                staff(district.id(), "editor-" + n, DistrictRole.EDITOR),
                staff(district.id(), "viewer-" + n, DistrictRole.VIEWER));
    }

    /** A plan of the District, created by its editor, at the launch stage. */
    public long plan(TestDistrict district, int firstYear, int lastYear) {
        return as(
                district.editor().username(),
                () -> plans.create(
                                district.slug(),
                                new PlanForm(
                                        "Piano sociale di zona " + firstYear + "-" + lastYear,
                                        firstYear,
                                        lastYear,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .id());
    }

    /** Takes the plan through its iter to the program agreement: approved, hence public. */
    public void approve(TestDistrict district, long planId) {
        as(district.admin().username(), () -> {
            LocalDate day = LocalDate.of(2026, 1, 10); // a past day: the iter may be recorded after the fact
            for (PlanStage stage :
                    List.of(PlanStage.TABLES, PlanStage.DRAFTING, PlanStage.APPROVAL, PlanStage.AGREEMENT)) {
                plans.moveTo(
                        planId,
                        new TransitionForm(stage, day, "Atto di prova", null, null),
                        plans.view(planId).version());
            }
            return null;
        });
    }

    /** An account with a role in the District, and its API token. */
    public Staff staff(long districtId, String username, DistrictRole role) {
        asPlatformAdmin(() -> {
            accounts.provision(username, "Persona " + username, PASSWORD, false);
            return accounts.grant(districtId, new AccountRegistry.NewAccount(username, username, null), role);
        });
        return new Staff(username, token(username, PASSWORD));
    }

    /** An account with no role anywhere. */
    public Staff accountWithoutRoles() {
        String username = "nobody-" + unique();
        asPlatformAdmin(() -> {
            accounts.provision(username, "Persona " + username, PASSWORD, false);
            return null;
        });
        return new Staff(username, token(username, PASSWORD));
    }

    /** JSON calls to the API as this account. */
    /** A browser signed in through the login form, landed on the dashboard. */
    public WebClient signIn(String username, String password) {
        WebClient browser = new WebClient(mvc);
        MvcResult result = browser.signIn(username, password);
        assertThat(result.getResponse().getRedirectedUrl())
                .as("signing in as %s", username)
                .isEqualTo("/dashboard");
        return browser;
    }

    public WebClient signIn(Staff staff) {
        return signIn(staff.username(), PASSWORD);
    }

    public ApiClient api(Staff staff) {
        return new ApiClient(mvc, json, staff.bearer());
    }

    public ApiClient anonymousApi() {
        return new ApiClient(mvc, json, null);
    }

    public Staff platformAdmin() {
        return new Staff(PLATFORM_ADMIN, token(PLATFORM_ADMIN, DEMO_PASSWORD));
    }

    public String token(String username, String password) {
        try {
            String body = mvc.perform(post("/api/v1/auth/token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("username", username, "password", password))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            return json.readTree(body).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not get a token for " + username, e);
        }
    }

    /** An existing, current municipality that no District has yet. */
    /** Adds a free municipality to the District; answers its ISTAT code. */
    public String addMunicipality(TestDistrict district) {
        String code = freeMunicipality();
        asPlatformAdmin(() -> districts.addMunicipality(district.slug(), code));
        return code;
    }

    /** An association of the District, created by its editor. */
    public long organization(TestDistrict district, String name) {
        return organization(district, name, OrganizationType.ASSOCIATION);
    }

    /** An organisation of the given type in the District, created by its editor. */
    public long organization(TestDistrict district, String name, OrganizationType type) {
        return as(
                district.editor().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        name, type, null, null, null, null, null, null, null, null, null, null, null))
                        .id());
    }

    public String freeMunicipality() {
        while (true) {
            String code = String.format("%06d", 1000 + MUNICIPALITY_CURSOR.getAndIncrement());
            if (MUNICIPALITY_CURSOR.get() > 8999) {
                throw new IllegalStateException("No free municipalities left in the fixture range");
            }
            if (municipalities.find(code).filter(m -> !m.ceased()).isPresent()) {
                return code;
            }
        }
    }

    public static String unique() {
        return Integer.toString(SEQUENCE.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** Runs service calls as the demo platform admin (never around MockMvc calls, which reset the context). */
    public <T> T asPlatformAdmin(Supplier<T> work) {
        return as(PLATFORM_ADMIN, work);
    }

    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
