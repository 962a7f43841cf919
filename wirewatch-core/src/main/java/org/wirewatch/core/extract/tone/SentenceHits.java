package org.wirewatch.core.extract.tone;

import java.util.List;
import org.wirewatch.core.linguistics.text.Sentence;

/** A sentence with its sentiment words after the rules, and how many words it has. */
record SentenceHits(Sentence sentence, List<ToneHit> hits, int words) {
    SentenceHits {
        hits = List.copyOf(hits);
    }

    ToneCount count() {
        ToneCount c = new ToneCount();
        for (ToneHit h : hits) c.add(h);
        c.words(words);
        return c;
    }
}
