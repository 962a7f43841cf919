package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Document-level consistency after tagging: a name the model found in one sentence is the same name
 * where the document repeats it word for word and the model left it out ("WFC" tagged once and
 * missed three times in the same article; "Интернет" in FactRuEval). The history features already
 * tell later sentences what earlier ones said of each word, but only as evidence the context can
 * outvote, and never backwards; this rule covers both directions. A form the model gave two types
 * equally often is left alone, and so is a form that starts in lower case (descriptions such as
 * "полиции", which a repeat does not make a name). Collects one document; not thread-safe.
 */
public final class RepeatedNames {
    /** Longest form looked for, in tokens. */
    private static final int MAX_TOKENS = 6;

    private final Map<List<String>, int[]> typesByForm = new HashMap<>();

    /** Remembers the forms of a sentence's tagged names. */
    public void remember(List<Token> tokens, List<TokenSpan> spans) {
        for (TokenSpan s : spans) {
            if (s.to() - s.from() > MAX_TOKENS || !opensName(tokens.get(s.from()))) continue;
            typesByForm.computeIfAbsent(form(tokens, s.from(), s.to()), k -> new int[Bilou.TYPES.length])[Bilou.typeIndex(s.type())]++;
        }
    }

    /**
     * The runs of a sentence that repeat a remembered name and touch no covered token, longest
     * first, left to right, each with the type the document gave that form most often.
     *
     * @param covered tokens already inside a name (not changed)
     */
    public List<TokenSpan> repeats(List<Token> tokens, boolean[] covered) {
        List<TokenSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TokenSpan found = opensName(tokens.get(i)) ? longestAt(tokens, covered, i) : null;
            if (found == null) {
                i++;
                continue;
            }
            out.add(found);
            i = found.to();
        }
        return out;
    }

    private TokenSpan longestAt(List<Token> tokens, boolean[] covered, int from) {
        int free = from;
        while (free < tokens.size() && free - from < MAX_TOKENS && !covered[free]) free++;
        for (int to = free; to > from; to--) {
            int[] counts = typesByForm.get(form(tokens, from, to));
            EntityType type = counts == null ? null : clearType(counts);
            if (type != null && wholeWords(tokens, from, to)) return new TokenSpan(from, to, type);
        }
        return null;
    }

    /** The run is not part of a longer word written with a hyphen or apostrophe ("ЗАЗ-1103"). */
    private static boolean wholeWords(List<Token> tokens, int from, int to) {
        return (from == 0 || apart(tokens.get(from - 1), tokens.get(from))) && (to == tokens.size() || apart(tokens.get(to - 1), tokens.get(to)));
    }

    private static boolean apart(Token left, Token right) {
        if (left.end() < right.start()) return true;
        Token other = left.isWord() ? right : left;
        return other.isPunctuation() && !other.text().equals("-") && !other.text().equals("'") && !other.text().equals("’");
    }

    /** The type given most often, or null when two types tie. */
    private static EntityType clearType(int[] counts) {
        int best = 0;
        boolean tie = false;
        for (int t = 1; t < counts.length; t++) {
            if (counts[t] > counts[best]) {
                best = t;
                tie = false;
            } else if (counts[t] == counts[best]) {
                tie = true;
            }
        }
        return tie || counts[best] == 0 ? null : Bilou.TYPES[best];
    }

    /** A name's first token: a word of two characters or more that does not start in lower case. */
    private static boolean opensName(Token t) {
        return t.isWord() && t.length() >= 2 && !t.lowerInitial();
    }

    private static List<String> form(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) words.add(tokens.get(i).text());
        return words;
    }
}
