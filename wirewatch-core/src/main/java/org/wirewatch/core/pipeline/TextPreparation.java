package org.wirewatch.core.pipeline;

import java.util.List;
import org.wirewatch.core.clean.CleanedDocument;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.model.RawArticle;

/**
 * Turns a raw article into the text every offset points into, and fills metadata the input
 * did not give from clues in the text (title line, byline, dateline, agency credit).
 * Thread-safe.
 */
final class TextPreparation {
    private final TextCleaner cleaner;
    private final boolean raw;

    TextPreparation(TextCleaner cleaner, boolean raw) {
        this.cleaner = cleaner;
        this.raw = raw;
    }

    PreparedText prepare(RawArticle in) {
        CleanedDocument found = cleaner.clean(withTitleOnTop(in));
        String text = raw ? in.text() : found.text();
        return new PreparedText(
                text,
                firstKnown(in.title(), found.title()),
                in.authors().isEmpty() ? found.authors() : in.authors(),
                firstKnown(in.published(), found.published()),
                firstKnown(in.source(), found.source()));
    }

    /**
     * Markup gives the title apart from the body; putting it on top lets the cleaner treat it like
     * a scraped page's title line, so the headline keeps offsets and a repeat of it is dropped.
     */
    private String withTitleOnTop(RawArticle in) {
        if (raw || in.title() == null || in.title().isBlank() || in.text().stripLeading().startsWith(in.title().strip())) {
            return in.text();
        }
        return in.title().strip() + "\n\n" + in.text();
    }

    private static String firstKnown(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }

}
