package org.wirewatch.core.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirewatch.core.clean.MarkupCues;

/**
 * The text of one HTML page after each step of the body extraction, for explaining what a step
 * lost ({@code eval extraction --explain-misses}); the reader itself never keeps them. Thread-safe.
 *
 * @param page    the whole body's text, nothing removed
 * @param pruned  the body's text once hidden elements and named furniture are gone
 * @param chosen  the text of the block picked as the article (what the line cleaner gets)
 * @param title   the title the metadata gives, or null
 */
public record ExtractionStages(String page, String pruned, String chosen, String title) {
    private static final MarkupPruner PRUNER = new MarkupPruner(MarkupCues.bundled());

    /** The stages of a page given as its bytes (charset sniffed as the HTML reader does). */
    public static ExtractionStages of(byte[] html) {
        String source = HtmlDecoder.decode(html, null).text();
        Element whole = Jsoup.parse(source, "").body();
        String page = HtmlText.of(whole);
        PRUNER.prune(whole);
        String pruned = HtmlText.of(whole);
        Document doc = Jsoup.parse(source, "");
        String title = new PageMetadata().read(doc).title();
        return new ExtractionStages(page, pruned, MainText.of(doc, source, ""), title);
    }
}
