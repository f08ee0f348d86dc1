package it.zona.spending;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An approved plan with a large ledger, for the benchmarks: {@code interventions} interventions over
 * {@code years} years from {@code firstYear}, an FNPS line of 100,000 euros for each, a commitment of
 * the whole line, then {@code paymentsPerLine} payments of {@code payment} euros on each. The ledger
 * is written in bulk with SQL, as an import of years of accounts would leave it, with the lines'
 * running sums the ledger's writers keep, and the database's statistics fresh.
 */
public record LargeLedger(TestDistrict district, long plan, long fundingSource, long beneficiary) {

    public static LargeLedger build(
            ApplicationContext beans,
            int firstYear,
            int years,
            int interventions,
            int paymentsPerLine,
            String payment) {
        Fixtures fixtures = beans.getBean(Fixtures.class);
        PlanFixtures content = beans.getBean(PlanFixtures.class);
        JdbcTemplate jdbc = beans.getBean(JdbcTemplate.class);
        SpendingScene scene = new SpendingScene(beans);
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, firstYear, firstYear + years - 1);
        long source = scene.source(district, "FNPS");
        long area = content.area(district, plan, "Anziani").id();
        long objective = content.objective(district, plan, area, "Restare a casa");
        long organization = scene.organization(district, "Cooperativa di prova", SpendingScene.taxCode());
        for (int i = 0; i < interventions; i++) {
            long intervention = content.intervention(
                    district, plan, objective, "Intervento " + i, firstYear, firstYear + years - 1);
            for (int year = firstYear; year < firstYear + years; year++) {
                scene.line(district, plan, intervention, year, source, "100000.00");
            }
        }
        fixtures.approve(district, plan);
        jdbc.update("""
                insert into spending_entry (district_id, plan_id, budget_line_id, kind, entry_date, act_number,
                                            amount, organization_id, recorded_at, recorded_by)
                select ?, plan_id, id, 'COMMITMENT', cast(cast(budget_year as varchar(4)) || '-01-15' as date),
                       'Determina ' || cast(id as varchar(20)), amount, ?, current_timestamp, 'benchmark'
                from budget_line where plan_id = ?""", district.id(), organization, plan);
        boolean h2 = jdbc.execute(
                        (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())
                .equalsIgnoreCase("H2");
        String series = h2 ? "system_range(1, " + paymentsPerLine + ")" : "generate_series(1, " + paymentsPerLine + ")";
        jdbc.update("""
                insert into spending_entry (district_id, plan_id, budget_line_id, kind, commitment_id, entry_date,
                                            amount, act_number, recorded_at, recorded_by)
                select c.district_id, c.plan_id, c.budget_line_id, 'PAYMENT', c.id, c.entry_date, %s,
                       'Mandato ' || cast(c.id as varchar(20)), current_timestamp, 'benchmark'
                from spending_entry c cross join %s
                where c.plan_id = ? and c.kind = 'COMMITMENT'""".formatted(payment, series), plan);
        jdbc.update(
                "insert into spending_total (budget_line_id, plan_id, kind, amount) select budget_line_id, plan_id,"
                        + " kind, sum(amount) from spending_entry where plan_id = ? group by budget_line_id, plan_id,"
                        + " kind",
                plan);
        if (!h2) {
            // Fresh statistics after a bulk load, as PostgreSQL advises.
            jdbc.execute("analyze spending_entry");
        }
        return new LargeLedger(district, plan, source, organization);
    }
}
