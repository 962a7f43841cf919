package org.wirewatch.index.analysis;

import java.lang.reflect.InvocationTargetException;
import org.apache.lucene.analysis.Analyzer;
import org.wirewatch.core.model.Check;

/**
 * The analysis a language pack names: a Lucene analyzer class with a public no-argument
 * constructor ("org.apache.lucene.analysis.ru.RussianAnalyzer": Snowball stems, so "Блинкена" and
 * "Блинкен" meet; the Ukrainian morfologik analyzer gives dictionary lemmas). Immutable.
 */
record PackTextAnalysis(String language, String analyzerClass) implements TextAnalysis {
    PackTextAnalysis {
        Check.notNullParam(language, "language");
        Check.notNullParam(analyzerClass, "analyzerClass");
    }

    @Override
    public Analyzer analyzer() {
        try {
            return Class.forName(analyzerClass).asSubclass(Analyzer.class).getConstructor().newInstance();
        } catch (ClassNotFoundException | ClassCastException | NoSuchMethodException | InstantiationException
                 | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the " + language + " language pack names analyzer " + analyzerClass
                    + ", which cannot be built: " + e, e);
        }
    }
}
