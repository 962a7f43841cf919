package org.wirewatch.core.extract.quotes;

import java.util.Arrays;
import java.util.List;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * The words of an analysed text with their offsets, lower-cased once, indexed by offset: its word
 * and number tokens ("that's", "Secretary-General", "1,000"). Immutable.
 */
final class Words {
    private final int[] starts;
    private final int[] ends;
    private final String[] lower;

    private Words(int[] starts, int[] ends, String[] lower) {
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
    }

    /** The word and number tokens of the analysed text; an English "'s" and web addresses are not words here. */
    static Words of(AnalysedText analysed) {
        List<Token> tokens = analysed.tokens();
        int[] s = new int[tokens.size()];
        int[] e = new int[tokens.size()];
        String[] low = new String[tokens.size()];
        int count = 0;
        for (Token t : tokens) {
            if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER) continue;
            s[count] = t.start();
            e[count] = t.end();
            low[count] = t.lower();
            count++;
        }
        return new Words(Arrays.copyOf(s, count), Arrays.copyOf(e, count), Arrays.copyOf(low, count));
    }

    int size() { return lower.length; }
    int start(int i) { return starts[i]; }
    int end(int i) { return ends[i]; }
    String lower(int i) { return lower[i]; }

    /** The index of the first word starting at or after {@code offset} ({@link #size()} if none). */
    int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the word that starts exactly at {@code offset}, or -1. */
    int at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -1;
    }
}
