package org.wirewatch.bench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.clean.CleanedDocument;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.RawArticle;

/**
 * What each stage receives in the pipeline, computed once before timing: the text the cleaner
 * is given, the cleaned text and title that segmenting and language identification work on, and the
 * language entity recognition is told.
 */
record StageInputs(List<String> toClean, List<String> cleaned, List<String> titles, List<String> langs) {
    StageInputs {
        toClean = List.copyOf(toClean);
        cleaned = List.copyOf(cleaned);
        titles = Collections.unmodifiableList(new ArrayList<>(titles));   // titles may be null
        langs = Collections.unmodifiableList(new ArrayList<>(langs));     // null where unknown
    }

    static StageInputs of(List<RawArticle> articles, TextCleaner cleaner, LanguageIdentifier languages) {
        List<String> langs = new ArrayList<>(articles.size());
        List<String> toClean = new ArrayList<>(articles.size());
        List<String> cleaned = new ArrayList<>(articles.size());
        List<String> titles = new ArrayList<>(articles.size());
        for (RawArticle a : articles) {
            String input = withTitleOnTop(a);
            CleanedDocument doc = cleaner.clean(input);
            toClean.add(input);
            cleaned.add(doc.text());
            titles.add(a.title() != null && !a.title().isBlank() ? a.title() : doc.title());
            langs.add(a.lang() != null ? a.lang() : languages.identify(doc.text()).map(LanguageGuess::lang).orElse(null));
        }
        return new StageInputs(toClean, cleaned, titles, langs);
    }

    /** As the pipeline's text preparation does: a title given apart from the text goes on top, unless the text starts with it. */
    private static String withTitleOnTop(RawArticle a) {
        if (a.title() == null || a.title().isBlank() || a.text().stripLeading().startsWith(a.title().strip())) return a.text();
        return a.title().strip() + "\n\n" + a.text();
    }
}
