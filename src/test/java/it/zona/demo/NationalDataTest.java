package it.zona.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.municipality.MunicipalityRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.TaxCode;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national data set on a few Districts: the generator is called directly (the shared test
 * context runs in demo mode, which the start-up trigger refuses to run with), on three Districts of
 * Valle d'Aosta, far from the municipalities the demo and the fixtures take.
 */
@ZonaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDataTest {

    private static final long SEED = 2026;
    private static final String PROVINCE = "AO";

    @Autowired
    NationalDataGenerator generator;

    @Autowired
    MunicipalityRegistry municipalities;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    MockMvc mvc;

    private List<NationalLayout.District> layout;
    private List<NationalLayout.District> chosen;
    private String rolledBack;
    private String otherSeed;
    private String committed;
    private String committedFirst;

    /**
     * Writes the three Districts in one transaction that is then rolled back (a municipality can
     * belong to one District only), on this thread, one after the other, keeping the digest of what
     * was written; the first of them again with another seed; then the three for good, on two
     * threads, each District in a transaction of its own.
     */
    @BeforeAll
    void generateThreeDistricts() {
        layout = NationalLayout.of(municipalities.current());
        chosen = layout.stream()
                .filter(d -> d.lead().provinceAbbreviation().equals(PROVINCE))
                .limit(3)
                .toList();
        rolledBack = rolledBack(chosen, SEED);
        otherSeed = rolledBack(chosen.subList(0, 1), SEED + 1);
        generator.generate(chosen, SEED, 2, Fixtures.PLATFORM_ADMIN);
        committed = digest(slugs(chosen));
        committedFirst = digest(slugs(chosen.subList(0, 1)));
    }

    @Test
    void theLayoutGroupsEveryCurrentMunicipalityOnceByProvince() {
        List<MunicipalityView> all = municipalities.current();
        assertThat(layout).hasSizeBetween(600, 700);
        assertThat(layout.stream().mapToInt(d -> d.municipalities().size()).sum())
                .isEqualTo(all.size());
        Set<String> seen = new HashSet<>();
        for (NationalLayout.District district : layout) {
            List<MunicipalityView> members = district.municipalities();
            assertThat(members).hasSizeBetween(1, NationalLayout.MAX_MUNICIPALITIES);
            assertThat(members).extracting(MunicipalityView::provinceCode).containsOnly(district.provinceCode());
            assertThat(members).isSortedAccordingTo(Comparator.comparing(MunicipalityView::istatCode));
            members.forEach(
                    m -> assertThat(seen.add(m.istatCode())).as(m.name()).isTrue());
            assertThat(members).allMatch(m -> population(m) <= population(district.lead()));
            assertThat(district.name())
                    .startsWith(
                            "Ambito territoriale sociale di " + district.lead().name());
            assertThat(district.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeBetween(3, 60);
        }
        assertThat(layout.stream().map(NationalLayout.District::slug).distinct())
                .hasSize(layout.size());
        // A province of n municipalities makes ceil(n/13) Districts of contiguous ISTAT codes.
        Map<String, List<MunicipalityView>> provinces =
                all.stream().collect(Collectors.groupingBy(MunicipalityView::provinceCode));
        provinces.forEach((code, members) -> assertThat(layout.stream()
                        .filter(d -> d.provinceCode().equals(code))
                        .count())
                .as(code)
                .isEqualTo((members.size() + 12) / 13));
    }

    @Test
    void theSameSeedWritesTheSameData() {
        // Neither the threads, nor the order, nor the transactions of the committed run changed a thing.
        assertThat(rolledBack).isEqualTo(committed);
        assertThat(otherSeed).as("another seed, other data").isNotEqualTo(committedFirst);
    }

    @Test
    void eachDistrictHasAboutAHundredOrganisationsWithValidTaxCodes() {
        for (NationalLayout.District district : chosen) {
            List<String> taxCodes = column(
                    "select o.tax_code from organization o join district d on d.id = o.district_id where d.slug = :slug",
                    district.slug());
            assertThat(taxCodes).hasSizeBetween(90, 110).doesNotHaveDuplicates();
            assertThat(taxCodes).allMatch(TaxCode::isValidNumeric);
            assertThat(count(
                            "select count(*) from organization o join district d on d.id = o.district_id "
                                    + "where d.slug = :slug and o.type = 'MUNICIPALITY'",
                            district.slug()))
                    .isEqualTo(district.municipalities().size());
        }
    }

    @Test
    void everyDistrictIsPublicWithTheMunicipalitiesOfOneProvince() throws Exception {
        for (NationalLayout.District district : chosen) {
            mvc.perform(get("/api/v1/districts/{slug}", district.slug()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value(district.name()))
                    .andExpect(jsonPath("$.demo").value(true))
                    .andExpect(jsonPath("$.leadMunicipality.istatCode")
                            .value(district.lead().istatCode()))
                    .andExpect(jsonPath("$.municipalities.length()")
                            .value(district.municipalities().size()))
                    .andExpect(jsonPath("$.provinces.length()").value(1));
        }
    }

    @Test
    void thePlansAreApprovedAndVisibleToAnonymousVisitors() throws Exception {
        for (NationalLayout.District district : chosen) {
            long planId = count(
                    "select p.id from plan p join district d on d.id = p.district_id where d.slug = :slug",
                    district.slug());
            assertThat(column("select stage from plan where id = :id", planId)).containsExactly("IMPLEMENTATION");
            mvc.perform(get("/plans/{id}", planId)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/plans/{id}", planId)).andExpect(status().isOk());
        }
    }

    @Test
    void interventionsAndTheirBudgetLinesAreWithinThePlansYears() {
        Map<String, Object> slugs = Map.of("slugs", slugs(chosen));
        for (NationalLayout.District district : chosen) {
            assertThat(count(
                            "select count(*) from intervention i join plan p on p.id = i.plan_id "
                                    + "join district d on d.id = p.district_id where d.slug = :slug",
                            district.slug()))
                    .isBetween((long) NationalProgramme.MIN_INTERVENTIONS, (long) NationalProgramme.MAX_INTERVENTIONS);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from intervention i join plan p on p.id = i.plan_id "
                                + "join district d on d.id = p.district_id where d.slug in (:slugs) "
                                + "and (i.first_year < p.first_year or i.last_year > p.last_year)",
                        slugs,
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from budget_line b join intervention i on i.id = b.intervention_id "
                                + "join plan p on p.id = b.plan_id join district d on d.id = p.district_id "
                                + "where d.slug in (:slugs) and (i.plan_id <> b.plan_id "
                                + "or b.budget_year < i.first_year or b.budget_year > i.last_year "
                                + "or b.budget_year < p.first_year or b.budget_year > p.last_year or b.amount <= 0)",
                        slugs,
                        Long.class))
                .isZero();
        // Every intervention: one or two sources, each in every year it runs.
        List<Map<String, Object>> funding = jdbc.queryForList(
                "select i.id, i.first_year, i.last_year, count(b.id) as line_count, "
                        + "count(distinct b.funding_source_id) as source_count "
                        + "from intervention i join plan p on p.id = i.plan_id join district d on d.id = p.district_id "
                        + "left join budget_line b on b.intervention_id = i.id where d.slug in (:slugs) "
                        + "group by i.id, i.first_year, i.last_year",
                slugs);
        assertThat(funding).isNotEmpty().allSatisfy(row -> {
            long sources = ((Number) row.get("source_count")).longValue();
            long years = ((Number) row.get("last_year")).longValue() - ((Number) row.get("first_year")).longValue() + 1;
            assertThat(sources).isBetween(1L, 2L);
            assertThat(((Number) row.get("line_count")).longValue()).isEqualTo(sources * years);
        });
    }

    @Test
    void eachPlanHasTablesWithMembersHeldMeetingsAndApprovedMinutes() {
        for (NationalLayout.District district : chosen) {
            String slug = district.slug();
            assertThat(count(
                            "select count(*) from thematic_table t join district d on d.id = t.district_id "
                                    + "where d.slug = :slug",
                            slug))
                    .isBetween(3L, 5L);
            assertThat(count(
                            "select min(seats) from (select count(*) as seats from table_member m "
                                    + "join thematic_table t on t.id = m.table_id join district d on d.id = t.district_id "
                                    + "where d.slug = :slug group by t.id) s",
                            slug))
                    .isGreaterThanOrEqualTo(4L);
            assertThat(count(
                            "select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id "
                                    + "join district d on d.id = m.district_id where d.slug = :slug "
                                    + "and m.status = 'HELD'",
                            slug))
                    .isPositive();
            assertThat(count(
                            "select count(*) from meeting_minutes n join district d on d.id = n.district_id "
                                    + "where d.slug = :slug and n.status = 'APPROVED'",
                            slug))
                    .isPositive();
        }
    }

    @Test
    void everyChangeIsInTheAuditLogAsThePlatformAdmin() {
        for (NationalLayout.District district : chosen) {
            List<String> actors = column(
                    "select distinct a.actor from audit_entry a join district d on d.id = a.district_id "
                            + "where d.slug = :slug",
                    district.slug());
            assertThat(actors).containsExactly(Fixtures.PLATFORM_ADMIN);
            assertThat(count(
                            "select count(*) from audit_entry a join district d on d.id = a.district_id "
                                    + "where d.slug = :slug and a.entity_type = 'BudgetLine'",
                            district.slug()))
                    .isEqualTo(count(
                            "select count(*) from budget_line b join plan p on p.id = b.plan_id "
                                    + "join district d on d.id = p.district_id where d.slug = :slug",
                            district.slug()));
        }
    }

    /** Writes the Districts inside one transaction, reads their digest, and rolls it all back. */
    private String rolledBack(List<NationalLayout.District> districts, long seed) {
        return transactions.execute(status -> {
            districts.forEach(d -> generator.write(d, seed, Fixtures.PLATFORM_ADMIN));
            entityManager.flush();
            String digest = digest(slugs(districts));
            status.setRollbackOnly();
            return digest;
        });
    }

    /**
     * A canonical dump of what the Districts hold, everything but ids, the instants the rules take
     * from the clock and the audit entries (written on commit, so not by a rolled-back run), sorted,
     * then hashed.
     */
    private String digest(List<String> slugs) {
        List<String> rows = new ArrayList<>();
        for (int q = 0; q < DUMP.size(); q++) {
            String table = "q" + q;
            jdbc.query(DUMP.get(q), Map.of("slugs", slugs), rs -> {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder row = new StringBuilder(table);
                for (int c = 1; c <= columns; c++) {
                    row.append('|').append(rs.getString(c));
                }
                rows.add(row.toString());
            });
        }
        assertThat(rows).hasSizeGreaterThan(1_000);
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DISTRICTS = " join district d on d.id = x.district_id where d.slug in (:slugs)";
    private static final String PLANS =
            " join plan p on p.id = x.plan_id join district d on d.id = p.district_id where d.slug in (:slugs)";

    private static final List<String> DUMP = List.of(
            "select d.slug, d.name, d.legal_form, d.lead_municipality, d.description, d.demo "
                    + "from district d where d.slug in (:slugs)",
            "select d.slug, x.istat_code from district_municipality x" + DISTRICTS,
            "select d.slug, x.name, x.type, x.tax_code, x.vat_number, x.runts_section, x.runts_number, "
                    + "x.municipality, x.address from organization x" + DISTRICTS,
            "select d.slug, x.given_name, x.family_name, x.position from person x" + DISTRICTS,
            "select d.slug, f.code, f.name from funding_source f join district d on d.id = f.district_id "
                    + "where d.slug in (:slugs)",
            "select d.slug, p.title, p.first_year, p.last_year, p.stage, p.launch_date, p.launch_time, "
                    + "p.launch_place, p.acts_deadline from plan p join district d on d.id = p.district_id "
                    + "where d.slug in (:slugs)",
            "select d.slug, x.position, x.from_stage, x.to_stage, x.decided_on, x.act, x.recorded_by "
                    + "from plan_transition x" + PLANS,
            "select d.slug, a.code, x.title, x.description, x.heard_at, x.heard_where, x.priority, "
                    + "e.position, e.indicator, e.figure, e.unit, e.source, e.reference_year from need x "
                    + "join policy_area a on a.id = x.area_id left join need_evidence e on e.need_id = x.id" + PLANS,
            "select d.slug, a.code, x.kind, x.for_year, x.title, x.description, x.position, g.title, n.title "
                    + "from objective x join policy_area a on a.id = x.area_id "
                    + "left join objective g on g.id = x.parent_id "
                    + "left join objective_need o on o.objective_id = x.id left join need n on n.id = o.need_id"
                    + PLANS,
            "select d.slug, x.title, x.description, x.type, x.first_year, x.last_year, x.status, "
                    + "x.all_municipalities, x.outputs, o.title, g.name, l.name from intervention x "
                    + "join objective o on o.id = x.objective_id left join target_group g on g.id = x.target_group_id "
                    + "left join organization l on l.id = x.lead_organization_id" + PLANS,
            "select d.slug, x.title, o.name from intervention_partner r join intervention x on x.id = r.intervention_id "
                    + "join organization o on o.id = r.organization_id" + PLANS,
            "select d.slug, x.title, m.istat_code from intervention_municipality m "
                    + "join intervention x on x.id = m.intervention_id" + PLANS,
            "select d.slug, i.title, x.budget_year, f.code, x.amount, x.note from budget_line x "
                    + "join intervention i on i.id = x.intervention_id "
                    + "join funding_source f on f.id = x.funding_source_id" + PLANS,
            "select d.slug, r.given_name, r.family_name from tables_coordinator x "
                    + "join person r on r.id = x.person_id" + PLANS,
            "select d.slug, x.name, x.kind, x.description, l.family_name, a.code from thematic_table x "
                    + "left join person l on l.id = x.liaison_id "
                    + "left join thematic_table_area t on t.table_id = x.id "
                    + "left join policy_area a on a.id = t.area_id" + DISTRICTS,
            "select d.slug, t.name, o.name, m.representative_name, m.representative_role, m.substitute_name, "
                    + "m.joined_on, m.left_on from table_member m join thematic_table t on t.id = m.table_id "
                    + "join organization o on o.id = m.organization_id join district d on d.id = t.district_id "
                    + "where d.slug in (:slugs)",
            "select d.slug, t.name, x.title, x.meeting_date, x.start_time, x.end_time, x.place, x.online_link, "
                    + "x.status, i.position, i.text from meeting x left join thematic_table t on t.id = x.table_id "
                    + "left join meeting_agenda_item i on i.meeting_id = x.id" + DISTRICTS,
            "select d.slug, t.name, x.meeting_date, o.name, a.status, a.attendee from meeting_attendance a "
                    + "join meeting x on x.id = a.meeting_id left join thematic_table t on t.id = x.table_id "
                    + "join organization o on o.id = a.organization_id" + DISTRICTS,
            "select d.slug, t.name, x.meeting_date, g.position, g.name, g.organization from meeting_guest g "
                    + "join meeting x on x.id = g.meeting_id left join thematic_table t on t.id = x.table_id"
                    + DISTRICTS,
            "select d.slug, t.name, m.meeting_date, x.version_no, x.status, x.body, a.meeting_date, "
                    + "x.approved_recorded_by, c.position, c.text from meeting_minutes x "
                    + "join meeting m on m.id = x.meeting_id left join thematic_table t on t.id = m.table_id "
                    + "left join meeting a on a.id = x.approved_by_meeting "
                    + "left join meeting_minutes_decision c on c.minutes_id = x.id" + DISTRICTS);

    private List<String> column(String query, Object parameter) {
        return jdbc.queryForList(query, Map.of(parameter instanceof String ? "slug" : "id", parameter), String.class);
    }

    private long count(String query, String slug) {
        Long value = jdbc.queryForObject(query, Map.of("slug", slug), Long.class);
        return value == null ? 0 : value;
    }

    private static List<String> slugs(List<NationalLayout.District> districts) {
        return districts.stream().map(NationalLayout.District::slug).toList();
    }

    private static int population(MunicipalityView municipality) {
        return municipality.population() == null ? 0 : municipality.population();
    }
}
