package org.wirewatch.core.extract.tone;

import java.util.List;
import org.wirewatch.core.linguistics.text.Sentence;

/**
 * A sentence with its sentiment words after the rules, how many words it has, and what the
 * lexicon knows of each of its tokens ({@code forms[i]}, null for a token that is not a word),
 * read once for the rules and the target features alike.
 */
record SentenceHits(Sentence sentence, List<ToneHit> hits, int words, ToneWord[] forms) {
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
