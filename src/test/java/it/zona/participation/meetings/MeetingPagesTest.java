package it.zona.participation.meetings;

import static it.zona.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.WebClient;
import it.zona.support.ZonaIntegrationTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The meeting forms as a browser sends them: what the user typed wrong is said next to the field. */
@ZonaIntegrationTest
class MeetingPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    TableRegistry tables;

    @Test
    void aMeetingFormSentEmptyOrEndingBeforeItStartsSaysWhatIsWrong() {
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2027, 2029);
        long area = content.area(district, plan, "Anziani").id();
        long table = fixtures.as(
                district.editor().username(),
                () -> tables.create(
                                plan,
                                new TableForm("Tavolo Anziani", TableKind.PERMANENT, null, List.of(area), null, null))
                        .id());
        WebClient editor = fixtures.signIn(district.editor());
        String form = "/tables/" + table + "/meetings/new";

        Document empty = html(editor.submit(
                editor.open(form),
                "main form",
                Map.of("title", "", "date", "", "startTime", "", "endTime", "", "place", "")));
        assertThat(empty.select("main .alert-danger").text()).contains("errori");
        assertThat(empty.select("#title-error").text()).isNotBlank();

        MvcResult backwards = editor.submit(
                editor.open(form),
                "main form",
                Map.of(
                        "title",
                        "Incontro",
                        "date",
                        "2028-03-10",
                        "startTime",
                        "19:00",
                        "endTime",
                        "17:00",
                        "place",
                        "Sala"));
        Document page = html(backwards);
        assertThat(page.select("main .alert-danger").text()).contains("errori");
        assertThat(page.select("#endTime-error").text()).isNotBlank();
        assertThat(page.select("#title").val()).isEqualTo("Incontro");
    }
}
