package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * Each word form folded ({@link Words#normal}) followed by the folded lemmas of its common
 * readings, remembered per morphology: every sentence asks for them at every word, they depend on
 * the form alone, and news repeats its words. Bounded, since news brings new words every day.
 * Thread-safe.
 */
final class FoldedForms {
    private static final int MAX_FORMS = 100_000;

    private final Map<Morphology, Map<String, List<String>>> byMorphology = new ConcurrentHashMap<>();

    /** The remembered forms of the text's morphology; none (worked out each time) without one. */
    Map<String, List<String>> of(AnalysedText text) {
        return text.morphology().map(m -> byMorphology.computeIfAbsent(m, k -> new ConcurrentHashMap<>())).orElse(null);
    }

    /** {@code form} folded, then the folded lemmas of its common {@code readings}, from {@code remembered} where it holds them. */
    static List<String> folded(String form, List<Reading> readings, Map<String, List<String>> remembered) {
        List<String> known = remembered == null ? null : remembered.get(form);
        if (known != null) return known;
        List<String> found = new ArrayList<>();
        found.add(Words.normal(form));
        for (Reading r : readings) if (!r.isProper()) found.add(Words.normal(r.lemma()));
        List<String> out = Collections.unmodifiableList(found);
        if (remembered != null && remembered.size() < MAX_FORMS) remembered.putIfAbsent(form, out);
        return out;
    }
}
