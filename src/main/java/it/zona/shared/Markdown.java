package it.zona.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Text that people write in Zona (a plan's chapters, minutes) is Markdown: rendered by commonmark
 * with GitHub's tables, then sanitised, so whatever is typed (raw HTML included) only ever reaches
 * a page or a PDF as paragraphs, emphasis, lists, headings, tables and plain http(s) links. The
 * result is well-formed XHTML, as the PDF writer needs.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "h5", "h6", "blockquote", "a")
            .addTags("table", "caption", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href")
            .addAttributes("th", "scope")
            .addProtocols("a", "href", "https", "http", "mailto");

    private Markdown() {}

    /** Safe HTML; headings are lowered to level 3 at least, under the page's own and the chapter's. */
    public static String html(String markdown) {
        return html(markdown, null);
    }

    /**
     * Safe HTML whose tables are captioned with {@code caption} (numbered when there are several),
     * since a table without a caption does not say what it holds to who cannot see it.
     */
    public static String html(String markdown, String caption) {
        String rendered =
                RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)).replaceAll("<(/?)h[12]>", "<$1h3>");
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(rendered));
        describeTables(clean, caption);
        clean.outputSettings(new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false));
        return clean.body().html();
    }

    private static void describeTables(Document html, String caption) {
        List<Element> tables = html.select("table");
        for (int i = 0; i < tables.size(); i++) {
            Element table = tables.get(i);
            table.addClass("table");
            table.select("thead th").attr("scope", "col");
            if (caption != null && !caption.isBlank()) {
                table.prependElement("caption").text(tables.size() == 1 ? caption : caption + " (" + (i + 1) + ")");
            }
        }
    }
}
