package it.zona.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Makes the text of a document printable whatever was stored: control characters (except tab and
 * line ends) are dropped, as XML cannot carry them and the renderer refused the whole document; a
 * lone surrogate and any character the embedded font cannot draw (an emoji) become a visible
 * replacement mark, instead of the renderer's silent "#".
 */
final class PdfText {

    private final TrueTypeFont font;
    private final String mark;

    PdfText(InputStream fontFile) {
        try (InputStream in = fontFile) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            mark = List.of("\uFFFD", "\u25A1", "?").stream()
                    .filter(candidate -> drawable(candidate.codePointAt(0)))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            throw new UncheckedIOException("The document font could not be read", e);
        }
    }

    String mark() {
        return mark;
    }

    String printable(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length());
        for (int i = 0; i < xhtml.length(); ) {
            int cp = xhtml.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append((char) cp);
            } else if (Character.isISOControl(cp) || cp == 0xFFFE || cp == 0xFFFF) {
                continue;
            } else if (Character.isSurrogate((char) cp)) {
                out.append(mark);
            } else if (cp < 0x80
                    || drawable(cp)
                    || Character.isWhitespace(cp)
                    || Character.getType(cp) == Character.FORMAT) {
                out.appendCodePoint(cp);
            } else {
                out.append(mark);
            }
        }
        return out.toString();
    }

    private boolean drawable(int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }
}
