package org.wirewatch.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The snippet checks of one page, in the three readings of the metric.
 *
 * @param typographic the main reading ({@link SnippetText#TYPOGRAPHIC})
 * @param untitled    the same after dropping the first paragraph when it is the record's title
 *                    (some snippets are headlines, some unwanted ones too; the text starts with the title)
 * @param strict      whitespace-only normalisation ({@link SnippetText#STRICT})
 * @param missed      wanted snippets not found (main reading)
 * @param found       unwanted snippets found (main reading)
 * @param empty       no record, or an empty text
 * @param problems    why the page had no record, or what went wrong reading it
 */
record PageScore(String id, SnippetCounts typographic, SnippetCounts untitled, SnippetCounts strict,
                 List<String> missed, List<String> found, boolean empty, List<String> problems) {

    PageScore {
        missed = List.copyOf(missed);
        found = List.copyOf(found);
        problems = List.copyOf(problems);
    }

    /** @param text the prepared text, or null when the page gave no record */
    static PageScore of(ExtractionGold gold, String text, String title, List<String> problems) {
        boolean empty = text == null || text.isBlank();
        String body = empty ? "" : text;
        List<String> missed = new ArrayList<>();
        List<String> found = new ArrayList<>();
        SnippetCounts main = count(gold, SnippetText.TYPOGRAPHIC, SnippetText.TYPOGRAPHIC.normalise(body), missed, found);
        String untitled = SnippetText.TYPOGRAPHIC.normalise(withoutTitle(body, title));
        SnippetCounts noTitle = count(gold, SnippetText.TYPOGRAPHIC, untitled, new ArrayList<>(), new ArrayList<>());
        SnippetCounts strict = count(gold, SnippetText.STRICT, SnippetText.STRICT.normalise(body), new ArrayList<>(), new ArrayList<>());
        return new PageScore(gold.id(), main, noTitle, strict, missed, found, empty, problems);
    }

    boolean hasErrors() {
        return !missed.isEmpty() || !found.isEmpty();
    }

    /** An empty text contains nothing, not even the empty snippet. */
    private static SnippetCounts count(ExtractionGold gold, SnippetText norm, String text, List<String> missed, List<String> found) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (String s : gold.with()) {
            if (!text.isEmpty() && text.contains(norm.normalise(s))) tp++;
            else {
                fn++;
                missed.add(s);
            }
        }
        for (String s : gold.without()) {
            if (!text.isEmpty() && text.contains(norm.normalise(s))) {
                fp++;
                found.add(s);
            } else tn++;
        }
        return new SnippetCounts(tp, fp, fn, tn);
    }

    /** The text without its first paragraph (up to the first blank line, else the first line) when that is the title. */
    static String withoutTitle(String text, String title) {
        if (title == null || title.isBlank()) return text;
        int cut = text.indexOf("\n\n");
        if (cut < 0) cut = text.indexOf('\n');
        String first = cut < 0 ? text : text.substring(0, cut);
        String norm = SnippetText.TYPOGRAPHIC.normalise(first);
        if (!norm.equals(SnippetText.TYPOGRAPHIC.normalise(title))) return text;
        return cut < 0 ? "" : text.substring(cut);
    }
}
