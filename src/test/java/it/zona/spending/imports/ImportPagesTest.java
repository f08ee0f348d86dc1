package it.zona.spending.imports;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.spending.AccountingCodeForm;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingScene;
import it.zona.spending.SpendingScene.Scene;
import it.zona.support.Fixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;

/** The import's four steps as the office goes through them in a browser without JavaScript. */
@ZonaIntegrationTest
class ImportPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    @Autowired
    SpendingLedger ledger;

    @Test
    void uploadMapPreviewAndConfirm() {
        Scene scene = new SpendingScene(beans).create();
        fixtures.as(
                scene.district().editor().username(),
                () -> ledger.setAccountingCode(scene.line2024(), new AccountingCodeForm("12041.03", null), -1));
        String csv = "Tipo;Capitolo;Numero;Data;Importo;Codice fiscale;Impegno\n"
                + "IMPEGNO;12041.03;IMP 1;15/02/2024;6.000,00;%s;\n".formatted(scene.cooperativeTaxCode())
                + "MANDATO;12041.03;M 1;30/04/2024;1.500,50;;IMP 1\n"
                + "MANDATO;12041.03;M 2;30/04/2024;9.000,00;;IMP 1\n";
        WebClient editor = fixtures.signIn(scene.district().editor());
        String upload = "/plans/" + scene.plan() + "/spending/import";

        MvcResult uploaded = editor.submit(
                editor.open(upload), "main form", Map.of(), "file", "export.csv", csv.getBytes(StandardCharsets.UTF_8));
        String mapping = uploaded.getResponse().getRedirectedUrl();
        assertThat(mapping).startsWith("/spending-imports/");

        Document page = editor.open(mapping);
        assertThat(page.select("#map-code option[selected]").text()).isEqualTo("Capitolo");
        assertThat(page.select("#map-numbers option[selected]").val()).isEqualTo("ITALIAN");
        Document preview = editor.open(page.select("main form").attr("action") + "?"
                + String.join(
                        "&",
                        "kind=0",
                        "code=1",
                        "number=2",
                        "date=3",
                        "amount=4",
                        "taxCode=5",
                        "commitment=6",
                        "numbers=ITALIAN"));
        assertThat(preview.select("main table").text()).contains("4").contains("Importo");
        assertThat(preview.select("main button[type=submit]"))
                .as("no import while there are errors")
                .isEmpty();

        String fixed = csv.replace("9.000,00", "4.499,50");
        MvcResult again = editor.submit(
                editor.open(upload),
                "main form",
                Map.of(),
                "file",
                "export-2.csv",
                fixed.getBytes(StandardCharsets.UTF_8));
        Document ready = editor.open(again.getResponse().getRedirectedUrl() + "/preview?kind=0&code=1&number=2&date=3"
                + "&amount=4&taxCode=5&commitment=6&numbers=ITALIAN");
        assertThat(ready.select("main").text()).contains("si possono registrare 3 righe");
        MvcResult done = editor.submit(ready, "main form", Map.of());
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + scene.plan() + "/spending");
        assertThat(editor.open("/plans/" + scene.plan() + "/spending")
                        .select(".alert-success")
                        .text())
                .contains("3 righe registrate");

        Document twice = html(editor.submit(
                editor.open(upload),
                "main form",
                Map.of(),
                "file",
                "copia.csv",
                fixed.getBytes(StandardCharsets.UTF_8)));
        assertThat(twice.select("#file-error").text()).contains("è già stato importato");
    }
}
