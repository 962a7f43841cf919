package org.wirewatch.core.ingest;

import java.util.List;
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
 * A pick with less than 80 % of the container's prose is widened to the prose paragraphs next to
 * it ({@link ProseMerge}); a lead set apart between the headline and the body is put before it
 * ({@link LeadParagraphs}); paragraphs of the pick that are one link are left out. Either way from
 * the page with what its markup hides or names as furniture removed first.
 */
final class MainText {
    private static final MarkupPruner PRUNER = new MarkupPruner(MarkupCues.bundled());
    /** Readability's pick stands unless it has less than this share of the prose container's prose. */
    private static final double PICK_SHARE = 0.5;
    /** Below this share of the container's prose, the pick is widened to the container's paragraphs it left out. */
    private static final double MERGE_SHARE = 0.8;
    /** A paragraph shorter than this that is mostly one link points to another article. */
    private static final int LINK_PARAGRAPH_MAX = 200;
    /** The share of link text from which such a paragraph is a pointer, not text. */
    private static final double LINK_PARAGRAPH_SHARE = 0.7;

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
        List<LeadParagraphs.Block> leads = LeadParagraphs.candidates(doc.body());
        String text = readability(doc, baseUri);
        int pickProse = ProseContainer.prose(text);
        if (pickProse < PICK_SHARE * containerProse && !containerText.isBlank()) return withLead(leads, containerText);
        if (pickProse < MERGE_SHARE * containerProse) return withLead(leads, ProseMerge.merge(text, containerText));
        if (!text.isBlank()) return withLead(leads, text);
        Element body = Jsoup.parse(html, baseUri).body();
        if (body == null) return "";
        PRUNER.prune(body);
        return HtmlText.of(body);
    }

    /** The lead paragraphs the body text lacks, put before it. */
    private static String withLead(List<LeadParagraphs.Block> leads, String body) {
        String lead = LeadParagraphs.lead(leads, body);
        return lead.isEmpty() ? body : lead + "\n\n" + body;
    }

    private static String readability(Document doc, String baseUri) {
        try {
            Article article = new Readability4JExtended(baseUri, doc).parse();
            Element content = article.getArticleContent();
            if (content == null) return "";
            dropLinkParagraphs(content);
            return HtmlText.of(content);
        } catch (RuntimeException e) {
            // Readability is a heuristic ported from JavaScript; on markup it cannot handle,
            // the body text is still a faithful (if noisier) answer.
            return "";
        }
    }

    /**
     * Paragraphs that are one link with at most a label ("Read also: <a>headline</a>") point to
     * other articles from inside the body; Readability keeps them since they sit among its paragraphs.
     */
    private static void dropLinkParagraphs(Element content) {
        for (Element p : content.select("p")) {
            String text = p.text();
            if (text.isEmpty() || text.length() >= LINK_PARAGRAPH_MAX) continue;
            int links = 0;
            for (Element a : p.select("a")) links += a.text().length();
            if (links >= LINK_PARAGRAPH_SHARE * text.length()) p.remove();
        }
    }
}
