package org.wirewatch.core.extract.dates;

import java.util.List;
import java.util.Locale;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * The tense one word signals: first the grammar's cue lists ("will", "будет", "said"), then, when
 * a morphology is at hand, the dictionary's verb tags named in the grammar ({@code future.tag},
 * {@code past.tag}). Russian and Ukrainian form the future of perfective verbs without an
 * auxiliary ("выступит", "збереться"), so only the dictionary can see it. A word is a cue only
 * when its readings agree on the tense. Immutable.
 */
record TenseReader(DateGrammar grammar, Morphology morphology) {

    Tense of(Word w) {
        if (!w.letters()) return Tense.NONE;
        if (grammar.futureCue(w.lower())) return Tense.FUTURE;
        if (grammar.pastCue(w.lower())) return Tense.PAST;
        if (morphology == null || w.lower().length() < 3 || !grammar.hasTenseTags()) return Tense.NONE;
        return fromReadings(morphology.readings(w.lower()));
    }

    private Tense fromReadings(List<Reading> readings) {
        boolean future = false, past = false;
        for (Reading r : readings) {
            String tag = r.tag() == null ? "" : r.tag().toLowerCase(Locale.ROOT);
            future |= grammar.futureTag(tag);
            past |= grammar.pastTag(tag);
        }
        if (future == past) return Tense.NONE;
        return future ? Tense.FUTURE : Tense.PAST;
    }
}
