package it.zona.spending.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.shared.RuleViolationException;
import it.zona.spending.AccountingCodeForm;
import it.zona.spending.LineSpending;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingScene.Scene;
import it.zona.spending.imports.ImportReport.RowError;
import it.zona.support.Fixtures;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** The accounting system's export imported into the ledger: all rows or none, each file once, each row once. */
@ZonaIntegrationTest
class SpendingImportTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    @Autowired
    SpendingImports imports;

    @Autowired
    SpendingLedger ledger;

    private Scene scene;

    /** The scene's two lines, known to the accounting system as chapter 12041.03 of 2024 and of 2025. */
    @AfterEach
    void language() {
        LocaleContextHolder.resetLocaleContext();
    }

    @BeforeEach
    void scene() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        scene = new SpendingScene(beans).create();
        as(() -> ledger.setAccountingCode(scene.line2024(), new AccountingCodeForm("12041.03", null), -1));
        as(() -> ledger.setAccountingCode(scene.line2025(), new AccountingCodeForm("12041.03", null), -1));
    }

    private <T> T as(Supplier<T> work) {
        return fixtures.as(scene.district().editor().username(), work);
    }

    private static final String HEADER =
            "Tipo;Capitolo;Esercizio;Numero;Data;Importo;Codice fiscale;CIG;Impegno;Oggetto\n";

    private String italian() {
        return HEADER
                + "IMPEGNO;12041.03;2024;IMP 101;15/02/2024;6.000,00;%s;Z2A3B4C5D6;;Assistenza domiciliare 2024\n"
                        .formatted(scene.cooperativeTaxCode())
                + "MANDATO;12041.03;2024;M 1;30/04/2024;1.500,50;;;IMP 101;Primo trimestre\n"
                + "MANDATO;12041.03;2024;M 2;31/07/2024;1.499,50;;;IMP 101;Secondo trimestre\n"
                + "DISIMPEGNO;12041.03;2024;DET 90;20/12/2024;500,00;;;IMP 101;Economia\n"
                + "IMPEGNO;12041.03;2025;IMP 7;10/01/2025;2.000;%s;;;Assistenza domiciliare 2025\n"
                        .formatted(scene.cooperativeTaxCode());
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodItalianFileIsPreviewedWithoutBeingKeptThenImportedWhole() {
        StagedImport staged = as(() -> imports.upload(scene.plan(), "export.csv", bytes(italian())));
        assertThat(staged.separator()).isEqualTo(';');
        assertThat(staged.rows()).isEqualTo(5);
        ImportMapping mapping = staged.guess();
        assertThat(mapping.numbers()).isEqualTo(NumberStyle.ITALIAN);
        assertThat(mapping.code()).isEqualTo(1);
        assertThat(mapping.number()).isEqualTo(3);
        assertThat(mapping.commitment()).isEqualTo(8);

        ImportReport preview = as(() -> imports.preview(staged.id(), mapping));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.commitments()).isEqualTo(2);
        assertThat(preview.payments()).isEqualTo(2);
        assertThat(preview.decommitments()).isEqualTo(1);
        assertThat(preview.imported()).isFalse();
        assertThat(line2024().figures().committed())
                .as("a preview keeps nothing")
                .isEqualByComparingTo("0");

        ImportReport done = as(() -> imports.run(staged.id(), mapping));
        assertThat(done.imported()).isTrue();
        assertThat(done.toImport()).isEqualTo(5);
        LineSpending line = line2024();
        assertThat(line.figures().committed()).isEqualByComparingTo("5500.00");
        assertThat(line.figures().paid()).isEqualByComparingTo("3000.00");
        assertThat(line.figures().decommitted()).isEqualByComparingTo("500.00");
        assertThat(as(() -> ledger.line(scene.line2025())).figures().committed())
                .isEqualByComparingTo("2000.00");
        assertThat(as(() -> ledger.commitments(scene.line2024(), 0, 10))
                        .items()
                        .get(0)
                        .importId())
                .isEqualTo(staged.id());
    }

    private LineSpending line2024() {
        return as(() -> ledger.line(scene.line2024()));
    }

    @Test
    void aFileWithErrorsOnSomeLinesImportsNothingAndSaysEveryError() {
        String csv = HEADER
                + "IMPEGNO;12041.03;2024;IMP 101;15/02/2024;6.000,00;%s;;;Buono\n".formatted(scene.cooperativeTaxCode())
                + "IMPEGNO;99999;2024;IMP 102;15/02/2024;10,00;%s;;;Capitolo ignoto\n"
                        .formatted(scene.cooperativeTaxCode())
                + "BONIFICO;12041.03;2024;X;15/02/2024;10,00;;;;Tipo ignoto\n"
                + "MANDATO;12041.03;2024;M 1;31/02/2024;dieci;;;IMP 101;Data e importo illeggibili\n"
                + "IMPEGNO;12041.03;2024;IMP 103;15/03/2024;5.000,00;%s;;;Oltre lo stanziamento\n"
                        .formatted(scene.cooperativeTaxCode())
                + "MANDATO;12041.03;2024;M 2;30/04/2024;6.000,01;;;IMP 101;Oltre l’impegno\n"
                + "MANDATO;12041.03;2024;M 3;30/04/2024;1,00;;;IMP 999;Impegno ignoto\n"
                + "IMPEGNO;12041.03;2024;IMP 104;15/02/2024;1,00;00000000000;;;Beneficiario ignoto\n";
        StagedImport staged = as(() -> imports.upload(scene.plan(), "errori.csv", bytes(csv)));

        ImportReport report = as(() -> imports.run(staged.id(), staged.guess()));

        assertThat(report.imported()).isFalse();
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3, 4, 5, 5, 6, 7, 8, 9);
        assertThat(report.errors())
                .extracting(RowError::field)
                .containsExactly("code", "kind", "date", "amount", "amount", "amount", "commitment", "taxCode");
        assertThat(report.errors().get(0).message()).contains("99999").contains("2024");
        assertThat(report.errors().get(4).message()).containsAnyOf("1.000,00", "1,000.00");
        assertThat(line2024().figures().committed()).as("nothing imported").isEqualByComparingTo("0");
        assertThat(as(() -> imports.staged(staged.id())).rows())
                .as("the file stays for another try")
                .isEqualTo(8);
    }

    @Test
    void anEnglishFileWithCommasAndIsoDatesReadsTheSame() {
        String csv = "type,code,number,date,amount,tax code,commitment\n"
                + "IMPEGNO,12041.03,IMP 101,2024-02-15,\"6,000.00\",%s,\n".formatted(scene.cooperativeTaxCode())
                + "MANDATO,12041.03,M 1,2024-04-30,1500.5,,IMP 101\n";
        StagedImport staged = as(() -> imports.upload(scene.plan(), "export-en.csv", bytes(csv)));
        assertThat(staged.separator()).isEqualTo(',');
        assertThat(staged.guess().numbers()).isEqualTo(NumberStyle.ENGLISH);
        assertThat(staged.guess().year()).as("the year comes from the date").isNull();

        ImportReport done = as(() -> imports.run(staged.id(), staged.guess()));

        assertThat(done.errors()).isEmpty();
        assertThat(line2024().figures().committed()).isEqualByComparingTo("6000.00");
        assertThat(line2024().figures().paid()).isEqualByComparingTo("1500.50");

        ImportMapping italianReading =
                new ImportMapping(0, 1, null, 2, 3, 4, 5, null, null, 6, null, NumberStyle.ITALIAN);
        StagedImport other =
                as(() -> imports.upload(scene.plan(), "export-en-2.csv", bytes(csv.replace("1500.5", "1500.55"))));
        assertThat(as(() -> imports.preview(other.id(), italianReading)).errors())
                .as("read as Italian, 6,000.00 is no amount")
                .extracting(RowError::field)
                .contains("amount");
    }

    @Test
    void theSameFileTwiceIsRefusedAndALongerExportAddsOnlyItsNewRows() {
        StagedImport first = as(() -> imports.upload(scene.plan(), "export.csv", bytes(italian())));
        as(() -> imports.run(first.id(), first.guess()));

        assertThatThrownBy(() -> as(() -> imports.upload(scene.plan(), "copia.csv", bytes(italian()))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).messageKey()).isEqualTo("error.spendingImport.again"));

        String longer = italian() + "MANDATO;12041.03;2024;M 3;31/10/2024;1.000,00;;;IMP 101;Terzo trimestre\n";
        StagedImport second = as(() -> imports.upload(scene.plan(), "export-ottobre.csv", bytes(longer)));
        ImportReport report = as(() -> imports.run(second.id(), second.guess()));

        assertThat(report.imported()).isTrue();
        assertThat(report.alreadyPresent()).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.payments()).isEqualTo(1);
        assertThat(line2024().figures().paid()).isEqualByComparingTo("4000.00");
        assertThat(line2024().figures().committed()).isEqualByComparingTo("5500.00");
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theApiPreviewsByDefaultAndImportsWhenAsked() throws Exception {
        org.springframework.mock.web.MockMultipartFile file =
                new org.springframework.mock.web.MockMultipartFile("file", "export.csv", "text/csv", bytes(italian()));
        String path = "/api/v1/plans/" + scene.plan() + "/spending-imports";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                        .file(file)
                        .header("Authorization", scene.district().editor().bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.imported")
                        .value(false))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.commitments")
                        .value(2));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                        .file(file)
                        .param("dryRun", "false")
                        .header("Authorization", scene.district().editor().bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.imported")
                        .value(true))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.after[0].figures.committed")
                        .value(5500.00));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                        .file(file)
                        .header("Authorization", scene.district().editor().bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                        .file(file)
                        .header("Authorization", scene.district().viewer().bearer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
    }
}
