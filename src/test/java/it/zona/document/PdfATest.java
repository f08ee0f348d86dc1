package it.zona.document;

import static it.zona.support.Pdfs.assertPdfA;
import static it.zona.support.Pdfs.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever text was stored, every PDF is written, readable and still PDF/A. */
class PdfATest {

    private static final PdfA PDF = new PdfA();

    private static byte[] page(String text) {
        return PDF.write("<html lang=\"it\"><head><title>Prova</title>"
                + "<style>body { font-family: 'Titillium Web'; }</style></head><body><p>" + text
                + "</p></body></html>");
    }

    @Test
    void controlCharactersAndALoneSurrogateStoredInATextDoNotStopTheDocument() throws Exception {
        byte[] pdf = page("Capitolo\u0001 con\u0000 caratteri\u001f di controllo \uD800 fine");
        assertThat(text(pdf)).contains("Capitolo con caratteri di controllo", "fine");
        assertPdfA(pdf);
    }

    @Test
    void anEmojiTheFontCannotDrawIsAVisibleMarkNotAHash() throws Exception {
        byte[] pdf = page("Servizio attivo \uD83D\uDE00 per tutti");
        String text = text(pdf);
        assertThat(text).doesNotContain("#").contains("Servizio attivo", "per tutti");
        assertThat(text)
                .contains(new PdfText(PdfA.class.getResourceAsStream("/fonts/titillium-web/TitilliumWeb-regular.ttf"))
                        .mark());
        assertPdfA(pdf);
    }
}
