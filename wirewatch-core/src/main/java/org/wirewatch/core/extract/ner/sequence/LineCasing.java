package org.wirewatch.core.extract.ner.sequence;

import java.util.List;
import org.wirewatch.core.linguistics.text.Token;

/**
 * How a line is written, which changes what a capital means: in an all-caps headline or a Title
 * Case one every word is capitalised, and in a table of results ("Leicestershire 22 points") names
 * stand between numbers.
 */
enum LineCasing {
    NORMAL, ALL_CAPS, TITLE_CASE, TABLE;

    static LineCasing of(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        int capitalised = 0;
        int numbers = 0;
        for (Token t : tokens) {
            if (t.kind() == org.wirewatch.core.linguistics.text.TokenKind.NUMBER) numbers++;
            if (!t.isWord()) continue;
            words++;
            if (t.allCaps()) caps++;
            if (t.capitalised()) capitalised++;
        }
        if (words >= 2 && caps * 10 >= words * 6) return ALL_CAPS;
        if (tokens.size() >= 3 && numbers * 3 >= tokens.size()) return TABLE;
        if (words >= 4 && capitalised * 10 >= words * 7) return TITLE_CASE;
        return NORMAL;
    }
}
