package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lingua's n-gram detector for one language set, built on first use and then shared.
 *
 * <p>Built lazily because loading the models takes one to four seconds and about 25 MB of heap per language,
 * which a CLI printing {@code --help} must not pay. Built with every model preloaded, so all of
 * Lingua's (static, lazily filled) model maps are written before the detector is published and
 * later calls only read them. Lingua runs each detection on the common {@code ForkJoinPool}; the
 * calling thread helps run its own task, so callers on several threads still scale (measured:
 * 2 threads ≈ 2× one on 2 cores).
 *
 * <p>Thread-safe.
 */
final class LinguaModel {
    private final Language[] languages;
    private final AtomicInteger builds = new AtomicInteger();
    private final Object lock = new Object();
    private volatile LanguageDetector detector;

    LinguaModel(List<Language> languages) {
        this.languages = languages.toArray(new Language[0]);
    }

    /**
     * Lingua's confidence for each language, relative to the most likely one (1.0); empty when it
     * has no opinion.
     */
    Map<Language, Double> confidences(String text) {
        return detector().computeLanguageConfidenceValues(text);
    }

    boolean isLoaded() {
        return detector != null;
    }

    /** How many times the detector was built: 0 before first use, 1 after. */
    int builds() {
        return builds.get();
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d != null) return d;
        // Per-instance lazy state (the language set is a constructor argument), so the static
        // holder idiom does not apply: double-checked locking on a volatile field does.
        synchronized (lock) {
            if (detector == null) {
                if (languages.length < 2) throw new IllegalStateException("Lingua needs two languages to compare");
                builds.incrementAndGet();
                detector = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
            }
            return detector;
        }
    }
}
