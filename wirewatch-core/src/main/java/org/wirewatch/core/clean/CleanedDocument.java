package org.wirewatch.core.clean;

import java.util.List;

/**
 * Scraped text after cleaning, with the metadata read from it.
 *
 * @param text      the title (when found) as first paragraph, then the body; paragraphs separated by a blank line
 * @param title     the headline, or null when the text has none
 * @param authors   authors in byline order; empty when unknown
 * @param published ISO-8601 at the precision given ("2024-11-13T17:21", "2024-11-13"), or null
 * @param source    the credited agency or source as written ("Reuters"), or null
 */
public record CleanedDocument(String text, String title, List<String> authors, String published, String source) {
    public CleanedDocument {
        text = text == null ? "" : text;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
