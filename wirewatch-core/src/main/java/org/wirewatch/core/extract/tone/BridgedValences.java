package org.wirewatch.core.extract.tone;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.wirewatch.core.lang.PackFile;

/**
 * Tone words of a language taken over from English through the word bridge ({@code bridge.words},
 * {@code concept: lemma lemma …}, see docs/stories.md): each lemma gets the valence its English
 * concept has in the English lexicon; a lemma that stands for several concepts gets their mean,
 * a concept without valence counting as 0, so that an ambiguous word ("мир": peace, world) weighs
 * less. One scale and one reach for every language, so that the same story
 * finds the same sentiment words in its translation. Stateless.
 */
final class BridgedValences {
    private BridgedValences() {}

    /**
     * Adds the bridged lemmas of {@code file} that carry a valence to {@code into}.
     *
     * @param concepts the valence of an English concept, NaN when it carries none
     */
    static void read(PackFile file, Function<String, Float> concepts, Map<String, Float> into) {
        Map<String, double[]> sums = new HashMap<>();
        List<String> lines = file.lines();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalStateException(file.name() + ":" + n + ": expected 'concept: word word ...'");
            float v = concepts.apply(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            if (Float.isNaN(v)) v = 0;
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (w.isEmpty()) continue;
                double[] sum = sums.computeIfAbsent(ToneLexicon.normal(w), k -> new double[2]);
                sum[0] += v;
                sum[1]++;
            }
        }
        sums.forEach((w, s) -> {
            if (s[0] != 0) into.put(w, (float) (Math.round(s[0] / s[1] * 1000) / 1000.0));
        });
    }
}
