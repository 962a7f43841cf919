package org.wirewatch.core.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A second opinion from every language Lingua knows (75), for documents the configured languages'
 * letters did not decide: text in letters none of them uses (French, Czech), or a choice Lingua
 * made among the configured few (Italian or Indonesian would otherwise come out as English, the
 * nearest Latin-script language configured). Low-accuracy mode (trigrams only) on the first
 * {@value #SAMPLE_CHARS} characters: measured 2026-12-07, +61 MB of heap and 1.2 s to load, on
 * first use only; the bench's language stage went from about 16,000 to 8,000 articles/s (some 60 µs
 * a document, most of it Lingua's per-call work over 75 models, not the text's length). Documents
 * whose marker letters decide never ask. Thread-safe.
 */
final class BroadIdentification {
    /** Enough text for a clear answer in low-accuracy mode, bounded in cost. */
    static final int SAMPLE_CHARS = 240;
    /**
     * The configured language stays unless it scores this much below the broad winner. Lingua's
     * values are relative to the winner (1.0) and close together (the runner-up of Italian text
     * scores 0.75, English 0.65); a short English headline may score 0.87 against a wrong winner.
     */
    static final double KEEP_GAP = 0.2;
    /**
     * The gap where the text also holds a trace of letters the configured languages do not write
     * (á, ñ in Spanish): English then scores 0.81–0.85 against Spanish's 1.0.
     */
    static final double KEEP_GAP_FOREIGN_LETTERS = 0.1;
    /** Below this many characters the configured language is never overruled: too little text. */
    static final int MIN_OVERRULE_CHARS = 80;
    /** A language is named where the configured ones had none only with this lead over the runner-up. */
    static final double MIN_MARGIN = 0.02;

    private final Object lock = new Object();
    private volatile LanguageDetector detector;

    /**
     * The document's language: the configured guess unless the broad detector clearly names another
     * language; the broad detector's answer where the configured languages had none.
     */
    Optional<LanguageGuess> check(String sample, Optional<LanguageGuess> configured) {
        return check(sample, configured, KEEP_GAP);
    }

    /** As {@link #check(String, Optional)}, the configured guess kept within {@code keepGap} of the winner. */
    Optional<LanguageGuess> check(String sample, Optional<LanguageGuess> configured, double keepGap) {
        String text = sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
        Map<Language, Double> scores = detector().computeLanguageConfidenceValues(text);
        Iterator<Map.Entry<Language, Double>> ranked = scores.entrySet().iterator();
        if (!ranked.hasNext()) return configured;
        Map.Entry<Language, Double> top = ranked.next();
        Optional<String> topCode = code(top.getKey());
        if (topCode.isEmpty() || top.getValue() <= 0) return configured;
        if (configured.isPresent()) {
            String lang = configured.get().lang();
            if (lang.equals(topCode.get())) return configured;
            double kept = scores.getOrDefault(lingua(lang), 0.0);
            if (text.length() < MIN_OVERRULE_CHARS || kept >= top.getValue() - keepGap) return configured;
        }
        double second = ranked.hasNext() ? ranked.next().getValue() : 0;
        double margin = top.getValue() - second;
        return margin >= MIN_MARGIN ? Optional.of(new LanguageGuess(topCode.get(), Math.min(1, margin))) : configured;
    }

    /** Whether Lingua has a model of the language with this ISO 639-1 code. */
    static boolean knows(String code) {
        return lingua(code) != Language.UNKNOWN;
    }

    boolean isLoaded() {
        return detector != null;
    }

    private static Language lingua(String code) {
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Language.UNKNOWN;
        }
    }

    private static Optional<String> code(Language language) {
        if (language == Language.UNKNOWN) return Optional.empty();
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    /**
     * Built on first use, models preloaded (as {@link LinguaModel} does), so Lingua's static model
     * maps are filled before the detector is published.
     */
    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d != null) return d;
        synchronized (lock) {
            if (detector == null) {
                detector = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build();
            }
            return detector;
        }
    }
}
