package it.zona.spending;

import it.zona.budget.BudgetLineForm;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.shared.TaxCode;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;

/**
 * A District with an approved plan 2024-2026, whose intervention "Assistenza domiciliare" (elderly,
 * 2024-2025) has an FNPS line of 10,000.00 euros in 2024 and one of 5,000.00 in 2025, and a
 * cooperative with a tax code to commit money to.
 */
public final class SpendingScene {

    private static final AtomicLong TAX_CODES = new AtomicLong(7_300_000_000L);

    private final Fixtures fixtures;
    private final PlanFixtures content;
    private final BudgetRegistry budget;
    private final FundingSourceRegistry sources;
    private final OrganizationRegistry organizations;

    public SpendingScene(ApplicationContext beans) {
        this.fixtures = beans.getBean(Fixtures.class);
        this.content = beans.getBean(PlanFixtures.class);
        this.budget = beans.getBean(BudgetRegistry.class);
        this.sources = beans.getBean(FundingSourceRegistry.class);
        this.organizations = beans.getBean(OrganizationRegistry.class);
    }

    /** What a scene made: its District, plan, intervention, two lines and a beneficiary. */
    public record Scene(
            TestDistrict district,
            long plan,
            long intervention,
            long fnps,
            long line2024,
            long line2025,
            long cooperative,
            String cooperativeTaxCode) {}

    public Scene create() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2024, 2026);
        long objective = content.objective(
                district, plan, content.area(district, plan, "Anziani").id(), "Restare a casa");
        long intervention = content.intervention(district, plan, objective, "Assistenza domiciliare", 2024, 2025);
        long fnps = source(district, "FNPS");
        long line2024 = line(district, plan, intervention, 2024, fnps, "10000.00");
        long line2025 = line(district, plan, intervention, 2025, fnps, "5000.00");
        String taxCode = taxCode();
        long cooperative = organization(district, "Cooperativa Il Faro", taxCode);
        fixtures.approve(district, plan);
        return new Scene(district, plan, intervention, fnps, line2024, line2025, cooperative, taxCode);
    }

    public long source(TestDistrict district, String code) {
        return fixtures.as(
                district.viewer().username(),
                () -> sources.list(district.slug()).stream()
                        .filter(s -> code.equals(s.code()))
                        .map(FundingSourceView::id)
                        .findFirst()
                        .orElseThrow());
    }

    /** A line of a plan not yet approved, by its editor. */
    public long line(TestDistrict district, long plan, long intervention, int year, long source, String amount) {
        return fixtures.as(
                district.editor().username(),
                () -> budget.create(
                                plan,
                                new BudgetLineForm(intervention, year, source, new BigDecimal(amount), null, null),
                                null)
                        .id());
    }

    /** A line of an approved plan, by its admin with a reason. */
    public long lineOfApprovedPlan(
            TestDistrict district, long plan, long intervention, int year, long source, String amount) {
        return fixtures.as(
                district.admin().username(),
                () -> budget.create(
                                plan,
                                new BudgetLineForm(intervention, year, source, new BigDecimal(amount), null, null),
                                "Variazione del piano")
                        .id());
    }

    public long organization(TestDistrict district, String name, String taxCode) {
        return fixtures.as(
                district.editor().username(),
                () -> organizations
                        .create(
                                district.slug(),
                                new OrganizationForm(
                                        name,
                                        OrganizationType.SOCIAL_COOPERATIVE,
                                        taxCode,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))
                        .id());
    }

    /** A body's tax code no other test uses: ten digits and their check digit. */
    public static String taxCode() {
        String tenDigits = Long.toString(TAX_CODES.incrementAndGet());
        return tenDigits + TaxCode.numericCheckDigit(tenDigits);
    }
}
