package org.wirewatch.bench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.clean.CleanedDocument;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.model.RawArticle;

/**
 * What each stage receives in the pipeline, computed once before timing: the text the cleaner
 * is given, and the cleaned text and title that segmenting and language identification work on.
 */
record StageInputs(List<String> toClean, List<String> cleaned, List<String> titles) {
    StageInputs {
        toClean = List.copyOf(toClean);
        cleaned = List.copyOf(cleaned);
        titles = Collections.unmodifiableList(new ArrayList<>(titles));   // titles may be null
    }

    static StageInputs of(List<RawArticle> articles, TextCleaner cleaner) {
        List<String> toClean = new ArrayList<>(articles.size());
        List<String> cleaned = new ArrayList<>(articles.size());
        List<String> titles = new ArrayList<>(articles.size());
        for (RawArticle a : articles) {
            String input = withTitleOnTop(a);
            CleanedDocument doc = cleaner.clean(input);
            toClean.add(input);
            cleaned.add(doc.text());
            titles.add(a.title() != null && !a.title().isBlank() ? a.title() : doc.title());
        }
        return new StageInputs(toClean, cleaned, titles);
    }

    /** As the pipeline's text preparation does: a title given apart from the text goes on top, unless the text starts with it. */
    private static String withTitleOnTop(RawArticle a) {
        if (a.title() == null || a.title().isBlank() || a.text().stripLeading().startsWith(a.title().strip())) return a.text();
        return a.title().strip() + "\n\n" + a.text();
    }
}
