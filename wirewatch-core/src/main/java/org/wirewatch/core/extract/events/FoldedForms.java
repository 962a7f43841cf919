package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.BoundedMemo;
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

    private final Map<Morphology, BoundedMemo<String, List<String>>> byMorphology = new ConcurrentHashMap<>();

    /** The remembered forms of the text's morphology; none (worked out each time) without one. */
    BoundedMemo<String, List<String>> of(AnalysedText text) {
        return text.morphology().map(m -> byMorphology.computeIfAbsent(m, k -> new BoundedMemo<>(MAX_FORMS))).orElse(null);
    }

    /** {@code form} folded, then the folded lemmas of its common {@code readings}, from {@code remembered} where it holds them. */
    static List<String> folded(String form, List<Reading> readings, BoundedMemo<String, List<String>> remembered) {
        return remembered == null ? workedOut(form, readings) : remembered.get(form, f -> workedOut(f, readings));
    }

    private static List<String> workedOut(String form, List<Reading> readings) {
        List<String> found = new ArrayList<>();
        found.add(Words.normal(form));
        for (Reading r : readings) if (!r.isProper()) found.add(Words.normal(r.lemma()));
        return Collections.unmodifiableList(found);
    }
}
