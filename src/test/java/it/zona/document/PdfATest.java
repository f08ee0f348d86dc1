package it.zona.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Whatever text was stored, every PDF is written, readable and still PDF/A. */
class PdfATest {

    private static final PdfA PDF = new PdfA();

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

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

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertPdfA(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
