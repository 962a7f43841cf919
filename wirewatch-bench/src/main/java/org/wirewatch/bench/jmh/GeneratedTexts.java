package org.wirewatch.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.GeneratedArticle;

/** Generated pages in one language (or all), the input every JMH benchmark here works on. */
final class GeneratedTexts {
    private GeneratedTexts() {}

    /** {@code count} articles of the given language ("all" for the mix), from a fixed seed. */
    static List<GeneratedArticle> of(String lang, int count) {
        CorpusGenerator generator = new CorpusGenerator(count * 4, count / 2, 42);
        List<GeneratedArticle> chosen = new ArrayList<>();
        for (int i = 0; i < generator.articles() && chosen.size() < count; i++) {
            GeneratedArticle a = generator.article(i);
            if (lang.equals("all") || a.lang().equals(lang)) chosen.add(a);
        }
        return List.copyOf(chosen);
    }
}
