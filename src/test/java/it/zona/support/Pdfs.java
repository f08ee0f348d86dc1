package it.zona.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests check of a PDF Zona writes: PDF/A-3u by veraPDF, and its text read back by PDFBox. */
public final class Pdfs {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {}

    /** Fails, naming the first rules broken, unless veraPDF finds the file PDF/A-3u compliant. */
    public static void assertPdfA(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_3_U);
            ValidationResult result = Foundries.defaultInstance()
                    .createValidator(PDFAFlavour.PDFA_3_U, false)
                    .validate(parser);
            assertThat(result.isCompliant())
                    .as(
                            "veraPDF: %s",
                            result.getTestAssertions().stream()
                                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                                    .map(a -> a.getRuleId() + " " + a.getMessage())
                                    .distinct()
                                    .limit(20)
                                    .toList())
                    .isTrue();
        }
    }

    /** The text of every page, its runs of white space made one space. */
    public static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
