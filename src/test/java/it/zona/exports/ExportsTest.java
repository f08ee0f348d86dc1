package it.zona.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.budget.BudgetOverview;
import it.zona.budget.BudgetReport;
import it.zona.spending.CommitmentForm;
import it.zona.spending.PaymentForm;
import it.zona.spending.PlanSpending;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingScene.Scene;
import it.zona.spending.SpendingTotals;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.Staff;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports for the national information systems, read back as a program would read them: the
 * CSV parsed with commons-csv and the XLSX opened with POI, their figures tied to the cent to the
 * budget's report and the spending's totals, on the demo's plan and on a plan built here.
 */
@ZonaIntegrationTest
class ExportsTest {

    private static final String DEMO_OFFICE = "ufficio.poggiardo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext beans;

    @Autowired
    BudgetReport budget;

    @Autowired
    SpendingTotals spending;

    @Autowired
    SpendingLedger ledger;

    @Autowired
    ExportMappingRegistry mappings;

    private SpendingScene scenes;

    @BeforeEach
    void scenes() {
        scenes = new SpendingScene(beans);
    }

    // The demo's plan, mapped by the demo.

    @Test
    void theDemoPlansIstatMatrixTiesToItsBudgetAndSpendingToTheCent() throws Exception {
        long plan = demoPlan();
        String bearer = demoBearer();
        BudgetOverview overview = fixtures.as(DEMO_OFFICE, () -> budget.overview(plan));
        PlanSpending figures = fixtures.as(DEMO_OFFICE, () -> spending.of(plan, null));

        List<CSVRecord> rows = csv(download(bearer, plan, "istat-matrix.csv", null));

        assertThat(rows).hasSize(figures.lines().size()).isNotEmpty();
        assertThat(sum(rows, "programmato")).isEqualByComparingTo(overview.total());
        assertThat(sum(rows, "impegnato")).isEqualByComparingTo(figures.total().committed());
        assertThat(sum(rows, "pagato")).isEqualByComparingTo(figures.total().paid());
        assertThat(sum(rows, "variazioni")).isEqualByComparingTo(figures.total().variations());
        Map<Integer, BigDecimal> byYear = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> Integer.valueOf(r.get("anno")),
                        TreeMap::new,
                        Collectors.reducing(
                                BigDecimal.ZERO, r -> new BigDecimal(r.get("programmato")), BigDecimal::add)));
        overview.byYear()
                .forEach(y -> assertThat(byYear.getOrDefault(y.year(), BigDecimal.ZERO))
                        .as("planned in %d", y.year())
                        .isEqualByComparingTo(y.amount()));
        assertThat(rows).allSatisfy(r -> {
            assertThat(SurveyArea.valueOf(r.get("area_istat_codice"))).isNotNull();
            assertThat(SpendingType.valueOf(r.get("tipologia_spesa_codice"))).isNotNull();
            assertThat(NationalCategory.valueOf(r.get("categoria_nazionale_codice")))
                    .isNotNull();
            assertThat(r.get("programmato")).matches("-?\\d+\\.\\d{2}");
        });
    }

    @Test
    void theDemoPlansFundsGiveEachAnnualityItsResidues() throws Exception {
        long plan = demoPlan();
        PlanSpending figures = fixtures.as(DEMO_OFFICE, () -> spending.of(plan, null));

        List<CSVRecord> rows = csv(download(demoBearer(), plan, "funds.csv", 2024));

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("annualita")).isEqualTo("2024");
            BigDecimal planned = new BigDecimal(r.get("programmato"));
            BigDecimal committed = new BigDecimal(r.get("impegnato"));
            BigDecimal paid = new BigDecimal(r.get("pagato"));
            assertThat(new BigDecimal(r.get("residuo_programmato_pagato")))
                    .isEqualByComparingTo(planned.subtract(paid));
            assertThat(new BigDecimal(r.get("residuo_impegnato_pagato")))
                    .isEqualByComparingTo(committed.subtract(paid));
        });
        assertThat(rows)
                .filteredOn(r -> r.get("categoria_nazionale_codice").equals("FNPS"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.get("scadenza_rendicontazione")).isEqualTo("2025-06-30");
                    assertThat(r.get("rendicontazione_inviata_il")).isEqualTo("2025-06-23");
                });
        assertThat(rows)
                .filteredOn(r -> r.get("categoria_nazionale_codice").equals("REGIONAL"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("scadenza_rendicontazione")).isEmpty());
        PlanSpending.YearFigures of2024 = figures.byYear().stream()
                .filter(y -> y.year() == 2024)
                .findFirst()
                .orElseThrow();
        assertThat(sum(rows, "programmato"))
                .isEqualByComparingTo(of2024.figures().planned());
        assertThat(sum(rows, "pagato")).isEqualByComparingTo(of2024.figures().paid());
        assertThat(rows.stream().map(r -> r.get("categoria_nazionale_codice"))).contains("FNPS", "FNA", "POVERTY_FUND");
    }

    @Test
    void theXlsxHoldsTheCsvsValuesInTypedCellsWithATotalsRow() throws Exception {
        long plan = demoPlan();
        String bearer = demoBearer();
        for (String export : List.of("istat-matrix", "funds", "staffing")) {
            List<CSVRecord> rows = csv(download(bearer, plan, export + ".csv", null));
            MvcResult xlsx = mvc.perform(get("/api/v1/plans/{id}/exports/{file}", plan, export + ".xlsx")
                            .header(HttpHeaders.AUTHORIZATION, bearer))
                    .andExpect(status().isOk())
                    .andExpect(header().string(
                                    HttpHeaders.CONTENT_TYPE,
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andReturn();
            try (XSSFWorkbook workbook =
                    new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(export).isTrue();
                Row header = sheet.getRow(0);
                List<String> headers = rows.get(0).getParser().getHeaderNames();
                for (int c = 0; c < headers.size(); c++) {
                    assertThat(header.getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
                    assertThat(sheet.getColumnWidth(c))
                            .as("width of %s", headers.get(c))
                            .isGreaterThan(256 * 4);
                }
                for (int r = 0; r < rows.size(); r++) {
                    sameValues(export, rows.get(r), sheet.getRow(r + 1), headers);
                }
                Row totals = sheet.getRow(rows.size() + 1);
                assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Totale");
                assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() + 1);
            }
        }
    }

    /** Each cell of the sheet's row says what the CSV's record says, in the type its column has. */
    private static void sameValues(String export, CSVRecord record, Row row, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            String text = record.get(c);
            Cell cell = row.getCell(c);
            String where = export + " " + headers.get(c) + " row " + row.getRowNum();
            if (text.isEmpty()) {
                assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                        .as(where)
                        .isTrue();
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
                assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(text));
            } else if (text.matches("-?\\d+(\\.\\d+)?")) {
                assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                        .as(where)
                        .isEqualByComparingTo(new BigDecimal(text));
                if (text.matches("-?\\d+\\.\\d{2}") && !headers.get(c).contains("fte")) {
                    assertThat(cell.getCellStyle().getDataFormatString())
                            .as(where)
                            .contains("€");
                }
            } else {
                assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as(where).isEqualTo(text);
            }
        }
    }

    @Test
    void theStaffingCarriesEachYearsLepsCheckWithItsPopulationDate() throws Exception {
        long plan = demoPlan();
        BudgetOverview overview = fixtures.as(DEMO_OFFICE, () -> budget.overview(plan));

        List<CSVRecord> rows = csv(download(demoBearer(), plan, "staffing.csv", null));

        assertThat(rows).isNotEmpty();
        overview.leps().forEach(check -> {
            List<CSVRecord> ofYear = rows.stream()
                    .filter(r -> r.get("anno").equals(String.valueOf(check.year())))
                    .toList();
            assertThat(ofYear).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("popolazione")).isEqualTo(String.valueOf(check.population()));
                assertThat(r.get("data_popolazione")).isEqualTo(String.valueOf(check.populationDate()));
                assertThat(new BigDecimal(r.get("as_fte_conteggiati"))).isEqualByComparingTo(check.socialWorkerFte());
                assertThat(r.get("leps_minimo_raggiunto")).isEqualTo(check.meetsMinimum() ? "SI" : "NO");
            });
        });
    }

    // A plan built here.

    @Test
    void aPlanNeverMappedRefusesItsClassifiedExportsAndNamesEachLine() throws Exception {
        Scene scene = scenes.create();
        String viewer = scene.district().viewer().bearer();

        for (String file : List.of("istat-matrix.csv", "istat-matrix.xlsx", "funds.csv", "funds.xlsx")) {
            mvc.perform(get("/api/v1/plans/{id}/exports/{file}", scene.plan(), file)
                            .header(HttpHeaders.AUTHORIZATION, viewer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.allOf(
                                    org.hamcrest.Matchers.containsString("«Anziani»"),
                                    org.hamcrest.Matchers.containsString("«Assistenza domiciliare»"),
                                    org.hamcrest.Matchers.containsString("FNPS"))));
        }
        // The staffing classifies nothing: it needs no mapping.
        mvc.perform(get("/api/v1/plans/{id}/exports/staffing.csv", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, viewer))
                .andExpect(status().isOk());
    }

    @Test
    void oneUnmappedAreaIsNamedAloneAndNothingIsExported() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        ExportMappingView proposed = fixtures.as(editor.username(), () -> mappings.view(scene.plan()));
        ExportMappingForm all = proposed.toForm();
        ExportMappingForm withoutElderly = new ExportMappingForm(
                all.areas().stream()
                        .map(a -> proposed.areas().stream()
                                        .anyMatch(v ->
                                                v.id() == a.id() && v.name().equals("Anziani"))
                                ? new ExportMappingForm.AreaChoice(a.id(), null)
                                : a)
                        .toList(),
                all.fundingSources(),
                all.interventions(),
                null);
        fixtures.as(editor.username(), () -> mappings.save(scene.plan(), withoutElderly, proposed.version()));

        MvcResult refused = mvc.perform(get("/api/v1/plans/{id}/exports/istat-matrix.csv", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer()))
                .andExpect(status().isUnprocessableContent())
                .andReturn();

        String detail = json.readTree(refused.getResponse().getContentAsString())
                .get("detail")
                .asString();
        assertThat(detail).contains("«Anziani»").doesNotContain("«Assistenza domiciliare»");
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("programmato");
    }

    @Test
    void aMappedPlansExportsTieToItsLinesCommitmentsAndPayments() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        confirmProposals(editor, scene.plan());
        long commitment = fixtures.as(
                editor.username(),
                () -> ledger.commit(
                                scene.line2024(),
                                new CommitmentForm(
                                        "Determina 1/2024",
                                        LocalDate.of(2024, 2, 1),
                                        new BigDecimal("8000.00"),
                                        scene.cooperative(),
                                        null,
                                        null,
                                        "Assistenza domiciliare 2024"))
                        .id());
        fixtures.as(
                editor.username(),
                () -> ledger.pay(
                        commitment, new PaymentForm(LocalDate.of(2024, 3, 1), new BigDecimal("2500.55"), "M1", null)));

        List<CSVRecord> matrix = csv(download(editor.bearer(), scene.plan(), "istat-matrix.csv", null));
        List<CSVRecord> funds = csv(download(editor.bearer(), scene.plan(), "funds.csv", null));

        assertThat(matrix).hasSize(2);
        CSVRecord line2024 = matrix.stream()
                .filter(r -> r.get("anno").equals("2024"))
                .findFirst()
                .orElseThrow();
        assertThat(line2024.get("intervento")).isEqualTo("Assistenza domiciliare");
        assertThat(line2024.get("area_istat_codice")).isEqualTo("ELDERLY");
        assertThat(line2024.get("area_istat")).isEqualTo("Anziani");
        assertThat(line2024.get("tipologia_spesa_codice")).isEqualTo("SERVICES");
        assertThat(line2024.get("categoria_nazionale_codice")).isEqualTo("FNPS");
        assertThat(line2024.get("programmato")).isEqualTo("10000.00");
        assertThat(line2024.get("impegnato")).isEqualTo("8000.00");
        assertThat(line2024.get("pagato")).isEqualTo("2500.55");
        assertThat(sum(matrix, "programmato")).isEqualByComparingTo("15000.00");
        CSVRecord fund2024 = funds.stream()
                .filter(r -> r.get("annualita").equals("2024"))
                .findFirst()
                .orElseThrow();
        assertThat(fund2024.get("fondo_nazionale")).isEqualTo("SI");
        assertThat(fund2024.get("residuo_programmato_pagato")).isEqualTo("7499.45");
        assertThat(fund2024.get("residuo_impegnato_pagato")).isEqualTo("5499.45");
        BudgetOverview overview =
                fixtures.as(scene.district().viewer().username(), () -> budget.overview(scene.plan()));
        assertThat(sum(funds, "programmato")).isEqualByComparingTo(overview.total());
    }

    @Test
    void theCsvIsRfc4180InUtf8WithAHeaderRow() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        confirmProposals(editor, scene.plan());

        MvcResult result = mvc.perform(get("/api/v1/plans/{id}/exports/istat-matrix.csv?year=2025", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn();
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("anno,id_intervento,intervento,").contains("\r\n");
        List<CSVRecord> rows = csv(result);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("anno")).isEqualTo("2025");
            assertThat(r.get("area_istat")).isEqualTo("Anziani");
            assertThat(r.get("programmato")).isEqualTo("5000.00");
        });
    }

    @Test
    void aYearOutsideThePlanIsAFieldErrorNotAFile() throws Exception {
        Scene scene = scenes.create();
        mvc.perform(get("/api/v1/plans/{id}/exports/staffing.csv?year=1999", scene.plan())
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                scene.district().viewer().bearer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/plans/{id}/exports/staffing.csv?year=soon", scene.plan())
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                scene.district().viewer().bearer()))
                .andExpect(status().isBadRequest());
    }

    // The mapping's rules.

    @Test
    void theMappingProposesFromCodesAndTypesAndKeepsWhatTheOfficeSaves() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        JsonNode before = read(editor, scene.plan());

        assertThat(before.get("version").asLong()).isEqualTo(-1);
        assertThat(before.get("complete").asBoolean()).isFalse();
        JsonNode elderly = find(before.get("areas"), "name", "Anziani");
        assertThat(elderly.get("code").asString()).isEqualTo("ELDERLY");
        assertThat(elderly.get("proposed").asString()).isEqualTo("ELDERLY");
        assertThat(elderly.get("surveyArea").isNull()).isTrue();
        assertThat(find(before.get("fundingSources"), "code", "FNA")
                        .get("proposed")
                        .asString())
                .isEqualTo("FNA");
        assertThat(find(before.get("interventions"), "title", "Assistenza domiciliare")
                        .get("proposed")
                        .asString())
                .isEqualTo("SERVICES");

        ExportMappingView saved = confirmProposals(editor, scene.plan());

        JsonNode after = read(editor, scene.plan());
        assertThat(after.get("complete").asBoolean()).isTrue();
        assertThat(after.get("version").asLong()).isEqualTo(saved.version()).isGreaterThanOrEqualTo(0);
        assertThat(find(after.get("areas"), "name", "Anziani").get("surveyArea").asString())
                .isEqualTo("ELDERLY");

        long elderlyId = find(after.get("areas"), "name", "Anziani").get("id").asLong();
        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"" + saved.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areas\":[{\"id\":%d,\"surveyArea\":\"DISABILITY\"}]}".formatted(elderlyId)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + (saved.version() + 1) + "\""));
        JsonNode changed = read(editor, scene.plan());
        assertThat(find(changed.get("areas"), "name", "Anziani")
                        .get("surveyArea")
                        .asString())
                .isEqualTo("DISABILITY");
        // What the PUT left out is unmapped again: the PUT is the whole mapping.
        assertThat(changed.get("complete").asBoolean()).isFalse();
        assertThat(find(changed.get("interventions"), "title", "Assistenza domiciliare")
                        .get("spendingType")
                        .isNull())
                .isTrue();
    }

    @Test
    void aWrongCodeOrALineOfAnotherPlanIsAFieldError() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        long area = read(editor, scene.plan()).get("areas").get(0).get("id").asLong();

        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areas\":[{\"id\":%d,\"surveyArea\":\"SENIORS\"}],\"version\":-1}".formatted(area)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("surveyArea")));
        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"interventions\":[{\"id\":%d,\"spendingType\":\"SERVICES\"}],\"version\":-1}"
                                .formatted(area)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("interventions[0].id"));
        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"areas\":[{\"id\":%d,\"surveyArea\":\"ELDERLY\"},{\"id\":%d,\"surveyArea\":\"DISABILITY\"}],\"version\":-1}"
                                        .formatted(area, area)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("areas[1].id"));
        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areas\":[]}"))
                .andExpect(status().isPreconditionRequired());
        assertThat(read(editor, scene.plan()).get("version").asLong()).isEqualTo(-1);
    }

    @Test
    void aStaleVersionIsRefusedWithIfMatch() throws Exception {
        Scene scene = scenes.create();
        Staff editor = scene.district().editor();
        confirmProposals(editor, scene.plan());

        mvc.perform(put("/api/v1/plans/{id}/exports/mapping", scene.plan())
                        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"-1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areas\":[]}"))
                .andExpect(status().isPreconditionFailed());
    }

    // Who may.

    @Test
    void onlyTheDistrictsStaffReadTheExportsAndOnlyItsEditorsChangeTheMapping() throws Exception {
        Scene scene = scenes.create();
        TestDistrict other = fixtures.district();
        String mapping = "/api/v1/plans/" + scene.plan() + "/exports/mapping";
        String csv = "/api/v1/plans/" + scene.plan() + "/exports/staffing.csv";

        mvc.perform(get(csv)).andExpect(status().isUnauthorized());
        mvc.perform(get(mapping)).andExpect(status().isUnauthorized());
        mvc.perform(get(csv).header(HttpHeaders.AUTHORIZATION, other.viewer().bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(mapping)
                        .header(HttpHeaders.AUTHORIZATION, other.editor().bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(mapping)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                scene.district().viewer().bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"-1\""));
        mvc.perform(put(mapping)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                scene.district().viewer().bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"areas\":[],\"version\":-1}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDraftPlanOfAnotherDistrictIsRefusedWithoutItsFigures() throws Exception {
        TestDistrict district = fixtures.district();
        TestDistrict other = fixtures.district();
        long draft = fixtures.plan(district, 2024, 2026);

        for (String file : List.of("mapping", "staffing.xlsx", "istat-matrix.csv")) {
            MvcResult refused = mvc.perform(get("/api/v1/plans/{id}/exports/{file}", draft, file)
                            .header(HttpHeaders.AUTHORIZATION, other.viewer().bearer()))
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).as(file).isIn(403, 404);
            assertThat(refused.getResponse().getContentAsString()).doesNotContain("Anziani");
        }
    }

    // Helpers.

    private ExportMappingView confirmProposals(Staff editor, long plan) {
        return fixtures.as(editor.username(), () -> {
            ExportMappingView proposed = mappings.view(plan);
            return mappings.save(plan, proposed.toForm(), proposed.version());
        });
    }

    private JsonNode read(Staff staff, long plan) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/plans/{id}/exports/mapping", plan)
                        .header(HttpHeaders.AUTHORIZATION, staff.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.get(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + items);
    }

    private long demoPlan() {
        return fixtures.as(
                DEMO_OFFICE,
                () -> beans.getBean(it.zona.plan.PlanRegistry.class).list("poggiardo").stream()
                        .filter(p -> p.firstYear() == 2024)
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private String demoBearer() {
        return "Bearer " + fixtures.token(DEMO_OFFICE, Fixtures.DEMO_PASSWORD);
    }

    private MvcResult download(String bearer, long plan, String file, Integer year) throws Exception {
        var request = get("/api/v1/plans/{id}/exports/{file}", plan, file).header(HttpHeaders.AUTHORIZATION, bearer);
        if (year != null) {
            request = request.param("year", year.toString());
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn();
    }

    private static List<CSVRecord> csv(MvcResult result) throws IOException {
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    private static BigDecimal sum(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
