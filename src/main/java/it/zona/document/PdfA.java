package it.zona.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns the XHTML of a document into PDF/A-3u, tagged for accessibility (PDF/UA): every font is
 * embedded (Titillium Web, SIL Open Font License, shipped in {@code fonts/titillium-web}), the
 * output intent is the sRGB profile of the JDK, and nothing is fetched from outside. What was
 * stored is printed whatever it holds ({@link PdfText}): a stray control character or an emoji
 * never stops or spoils a document.
 */
@Component
public class PdfA {

    private static final String FONT = "Titillium Web";
    private static final String FONTS = "/fonts/titillium-web/TitilliumWeb-";

    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final PdfText text = new PdfText(stream(FONTS + "regular.ttf"));

    public byte[] write(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .withProducer("Zona")
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withHtmlContent(text.printable(xhtml), null)
                .toStream(out);
        font(builder, "regular", 400, FontStyle.NORMAL);
        font(builder, "italic", 400, FontStyle.ITALIC);
        font(builder, "600", 600, FontStyle.NORMAL);
        font(builder, "700", 700, FontStyle.NORMAL);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> stream(FONTS + file + ".ttf"), FONT, weight, style, true);
    }

    private static InputStream stream(String resource) {
        InputStream font = PdfA.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("Missing font " + resource);
        }
        return font;
    }
}
