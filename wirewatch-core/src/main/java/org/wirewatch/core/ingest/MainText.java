package org.wirewatch.core.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirewatch.core.clean.MarkupCues;

/**
 * The article body of a page: Readability's pick, unless the element holding nearly all of the
 * page's prose ({@link ProseContainer}) has more than twice as much prose (Readability then took
 * one block of the article, or a form beside it); the whole body text when both find nothing.
 * Either way from the page with what its markup hides or names as furniture removed first.
 */
final class MainText {
    private static final MarkupPruner PRUNER = new MarkupPruner(MarkupCues.bundled());
    /** Readability's pick stands unless it has less than this share of the prose container's prose. */
    private static final double PICK_SHARE = 0.5;

    private MainText() {}

    /**
     * @param doc  the parsed page; Readability edits it in place, so read metadata first
     * @param html the page source, re-parsed only for the rare body-text fallback
     */
    static String of(Document doc, String html, String baseUri) {
        if (doc.body() == null) return readability(doc, baseUri);
        PRUNER.prune(doc.body());
        Element container = ProseContainer.find(doc.body());
        int containerProse = ProseContainer.prose(HtmlText.of(container));
        String containerText = ProseContainer.text(container);
        String text = readability(doc, baseUri);
        if (ProseContainer.prose(text) < PICK_SHARE * containerProse && !containerText.isBlank()) return containerText;
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
