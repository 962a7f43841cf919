package org.wirewatch.core.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirewatch.core.clean.MarkupCues;

/**
 * The article body of a page: Readability's pick, or the whole body text when it finds nothing;
 * either way from the page with what its markup hides or names as furniture removed first.
 */
final class MainText {
    private static final MarkupPruner PRUNER = new MarkupPruner(MarkupCues.bundled());

    private MainText() {}

    /**
     * @param doc  the parsed page; Readability edits it in place, so read metadata first
     * @param html the page source, re-parsed only for the rare body-text fallback
     */
    static String of(Document doc, String html, String baseUri) {
        if (doc.body() != null) PRUNER.prune(doc.body());
        String text = readability(doc, baseUri);
        if (!text.isBlank()) return text;
        Element body = Jsoup.parse(html, baseUri).body();
        if (body == null) return "";
        PRUNER.prune(body);
        return HtmlText.of(body);
    }

    private static String readability(Document doc, String baseUri) {
        try {
            Article article = new Readability4JExtended(baseUri, doc).parse();
            Element content = article.getArticleContent();
            return content == null ? "" : HtmlText.of(content);
        } catch (RuntimeException e) {
            // Readability is a heuristic ported from JavaScript; on markup it cannot handle,
            // the body text is still a faithful (if noisier) answer.
            return "";
        }
    }
}
