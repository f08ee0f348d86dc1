package it.zona.participation;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The minutes' body: written in Markdown, rendered to HTML and then sanitised, so whatever is typed
 * (raw HTML included) only ever reaches a page as paragraphs, emphasis, lists, headings and plain
 * https links. The result is also well-formed XHTML for the PDF.
 */
final class MinutesText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "h5", "h6", "blockquote", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "https", "http", "mailto");

    private MinutesText() {}

    /** Safe HTML for a page or the PDF; headings are lowered to level 3 at least, under the page's own. */
    static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        String rendered = RENDERER.render(document).replaceAll("<(/?)h[12]>", "<$1h3>");
        return Jsoup.clean(rendered, "", ALLOWED, settings());
    }

    private static Document.OutputSettings settings() {
        return new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
    }
}
