package it.zona.spending;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.spending.SpendingScene.Scene;
import it.zona.support.Fixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;

/** The spending pages as the office uses them, forms sent the way a browser sends them. */
@ZonaIntegrationTest
class SpendingPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext beans;

    private SpendingScene scenes;

    @BeforeEach
    void scenes() {
        scenes = new SpendingScene(beans);
    }

    @Test
    void theOfficeCommitsInItalianAndIsToldNextToTheAmountWhenALineWouldOverflow() {
        Scene scene = scenes.create();
        WebClient editor = fixtures.signIn(scene.district().editor());
        String line = "/budget-lines/" + scene.line2024() + "/spending";

        Document page = editor.open(line);
        assertThat(page.select("h1").text()).isEqualTo("Spesa: Assistenza domiciliare, 2024");
        assertThat(page.select("main table").first().text()).contains("Stanziamento 10.000,00 €");
        Map<String, String> commitment = Map.of(
                "actNumber", "Determina 12/2024",
                "actDate", "2024-03-01",
                "amount", "9.999,99",
                "organizationId", String.valueOf(scene.cooperative()),
                "cig", "Z2A3B4C5D6");
        MvcResult saved = editor.submit(page, "form[action$=/commitments]", commitment);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(line);

        Document refused = html(editor.submit(
                editor.open(line),
                "form[action$=/commitments]",
                Map.of(
                        "actNumber", "Determina 13/2024",
                        "actDate", "2024-03-02",
                        "amount", "0,02",
                        "organizationId", String.valueOf(scene.cooperative()),
                        "cup", "J51B2100052")));
        assertThat(refused.select("#commitment-cup-error").text()).contains("non è un CUP");
        refused = html(editor.submit(refused, "form[action$=/commitments]", Map.of("cup", "J51B21000520006")));
        assertThat(refused.select("#commitment-amount-error").text())
                .contains("serve prima una variazione di bilancio")
                .contains("di 0,01 €");
        assertThat(refused.select("#commitment-amount").val()).isEqualTo("0.02");
        assertThat(refused.select("#commitment-actNumber").val()).isEqualTo("Determina 13/2024");
        assertThat(refused.select("[id]").eachAttr("id")).doesNotHaveDuplicates();

        Document afterVariation = editor.open(line);
        editor.submit(
                afterVariation,
                "form[action$=/variations]",
                Map.of(
                        "actNumber", "Delibera CI 4/2024",
                        "actDate", "2024-06-10",
                        "amount", "1.000",
                        "reason", "Maggiori ore"));
        Document varied = editor.open(line);
        assertThat(varied.select("main table").first().text())
                .contains("Variazioni di bilancio 1.000,00 €")
                .contains("Stanziamento 11.000,00 €")
                .contains("Impegnato 9.999,99 €");
        assertThat(varied.select("main").text()).contains("Delibera CI 4/2024");
    }

    @Test
    void aCommitmentsPageTakesPaymentsUpToItsResidueAndCorrectionsOfThem() {
        Scene scene = scenes.create();
        WebClient editor = fixtures.signIn(scene.district().editor());
        editor.submit(
                editor.open("/budget-lines/" + scene.line2024() + "/spending"),
                "form[action$=/commitments]",
                Map.of(
                        "actNumber", "Determina 12/2024",
                        "actDate", "2024-03-01",
                        "amount", "1.000",
                        "organizationId", String.valueOf(scene.cooperative())));
        Document line = editor.open("/budget-lines/" + scene.line2024() + "/spending");
        String commitment = line.select("main table a[href^=/commitments/]").attr("href");

        Document page = editor.open(commitment);
        assertThat(page.select("h1").text()).isEqualTo("Impegno Determina 12/2024");
        MvcResult paid = editor.submit(
                page, "form[action$=/payments]", Map.of("date", "2024-04-30", "amount", "600,50", "number", "M 1"));
        assertThat(paid.getResponse().getRedirectedUrl()).isEqualTo(commitment);
        Document over = html(editor.submit(
                editor.open(commitment), "form[action$=/payments]", Map.of("date", "2024-05-30", "amount", "399,51")));
        assertThat(over.select("#payment-amount-error").text()).contains("399,50 €");
        Document wrong = html(editor.submit(
                editor.open(commitment), "form[action$=/payments]", Map.of("date", "30/05/2024", "amount", "dieci")));
        assertThat(wrong.select("#payment-amount-error").text()).isNotEmpty();
        assertThat(wrong.select("#payment-date-error").text()).isNotEmpty();

        Document after = editor.open(commitment);
        assertThat(after.select("main").text()).contains("Residuo da pagare 399,50 €");
        String correct = after.select("a[href^=/spending-entries/]:contains(Rettifica)")
                .last()
                .attr("href");
        Document correction = editor.open(correct);
        assertThat(correction.select("main").text()).contains("Pagamento M 1 del 30/04/2024");
        MvcResult corrected = editor.submit(
                correction, "main form", Map.of("date", "2024-05-02", "amount", "-0,50", "reason", "Arrotondamento"));
        assertThat(corrected.getResponse().getRedirectedUrl()).isEqualTo(commitment);
        Document fixed = editor.open(commitment);
        assertThat(fixed.select("main").text())
                .contains("Residuo da pagare 400,00 €")
                .contains("registrato per 600,50, poi rettificato");

        WebClient viewer = fixtures.signIn(scene.district().viewer());
        Document read = viewer.open(commitment);
        assertThat(read.select("main form")).isEmpty();
        assertThat(read.select("main").text()).contains("600,00");
        Document plan = viewer.open("/plans/" + scene.plan() + "/spending");
        assertThat(plan.select("h1").text()).isEqualTo("Spesa del piano");
        assertThat(plan.select("main tfoot").first().text())
                .contains("15.000,00")
                .contains("1.000,00")
                .contains("600,00");
        assertThat(plan.select("main a[href=/budget-lines/" + scene.line2024() + "/spending]"))
                .hasSize(1);
        assertThat(viewer.open("/plans/" + scene.plan() + "/budget-lines")
                        .select("a[href=/budget-lines/" + scene.line2024() + "/spending]"))
                .as("the budget's lines lead the staff to their spending")
                .hasSize(1);
    }
}
