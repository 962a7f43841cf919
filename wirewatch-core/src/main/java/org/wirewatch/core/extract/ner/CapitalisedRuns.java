package org.wirewatch.core.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.linguistics.text.Token;

/**
 * The runs of capitalised words in one sentence, in any language written with capitals: "Ursula
 * von der Leyen", "Banca d'Italia", "Bashar al-Assad", and "Sinop" out of "Sinop'ta" (a suffix
 * after an apostrophe, as Turkish writes case endings on names). Month and weekday words of the
 * language's vocabulary are no names; nor is anything in a sentence written all in capitals (a
 * headline). Immutable and thread-safe.
 */
final class CapitalisedRuns {
    /** Lower-case particles that stand inside a name, never at its edges. */
    static final Set<String> JOINERS = Set.of("de", "da", "di", "del", "della", "van", "von", "du", "dos", "das", "bin", "ibn");
    /** Articles that join only after a joiner ("von der Leyen", "van den Broek"); alone they are German's "der". */
    static final Set<String> SECOND_JOINERS = Set.of("der", "den", "la");
    /** A sentence this far into all-capital words is a headline: its capitals say nothing. */
    static final double HEADLINE_CAPS = 0.6;
    static final int HEADLINE_MIN_WORDS = 3;

    /** One word of a name: where it sits, and the token it is (part of). */
    record Word(int start, int end, int token) {}

    /** A run of name words; {@code initial} when it opens its sentence. */
    record Run(List<Word> words, boolean initial) {
        Run {
            words = List.copyOf(words);
        }
    }

    private CapitalisedRuns() {}

    static List<Run> of(List<Token> tokens, Vocabulary vocabulary) {
        if (headline(tokens)) return List.of();
        int first = firstWord(tokens);
        List<Run> runs = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Word w = nameWord(tokens.get(i), i, vocabulary);
            boolean joins = !current.isEmpty() && !cut(tokens, current) && adjacent(tokens, i)
                    && (w != null || joiner(tokens, i, vocabulary));
            if (w != null && (current.isEmpty() || joins)) {
                current.add(w);
            } else if (joins) {
                continue;   // a joiner: kept only if a name word follows it
            } else {
                close(current, first, runs);
                if (w != null) current.add(w);
            }
        }
        close(current, first, runs);
        return runs;
    }

    private static void close(List<Word> current, int first, List<Run> runs) {
        if (current.isEmpty()) return;
        runs.add(new Run(current, current.get(0).token() == first));
        current.clear();
    }

    /** Whether the run's last word ended before its token did ("Sinop'ta"): a case ending closes a name. */
    private static boolean cut(List<Token> tokens, List<Word> current) {
        Word last = current.get(current.size() - 1);
        return last.end() < tokens.get(last.token()).end();
    }

    /** The token as a word of a name, or null: the capitalised part of it, if any. */
    static Word nameWord(Token t, int index, Vocabulary vocabulary) {
        if (!t.isWord()) return null;
        String s = t.text();
        int apostrophe = apostrophe(s);
        if (apostrophe > 0 && apostrophe < s.length() - 1) {
            boolean before = Character.isUpperCase(s.codePointAt(0));
            boolean after = Character.isUpperCase(s.codePointAt(apostrophe + 1));
            if (before && !after) return calendar(s.substring(0, apostrophe), vocabulary) ? null : new Word(t.start(), t.start() + apostrophe, index);
            if (!before && after) return new Word(t.start() + apostrophe + 1, t.end(), index);
            return before ? new Word(t.start(), t.end(), index) : null;
        }
        if (arabicArticle(s)) return new Word(t.start(), t.end(), index);
        if (!t.capitalised() || !Character.isLetter(s.codePointAt(0)) || calendar(s, vocabulary)) return null;
        return new Word(t.start(), t.end(), index);
    }

    private static boolean joiner(List<Token> tokens, int i, Vocabulary vocabulary) {
        Token t = tokens.get(i);
        if (!t.isWord() || i + 1 >= tokens.size() || !adjacent(tokens, i + 1)) return false;
        Token next = tokens.get(i + 1);
        if (JOINERS.contains(t.text())) {
            return nameWord(next, i + 1, vocabulary) != null || (SECOND_JOINERS.contains(next.text()) && joiner(tokens, i + 1, vocabulary));
        }
        return SECOND_JOINERS.contains(t.text()) && JOINERS.contains(tokens.get(i - 1).text()) && nameWord(next, i + 1, vocabulary) != null;
    }

    /** "al-Assad", "el-Sisi": the article is part of the name. */
    private static boolean arabicArticle(String s) {
        return (s.startsWith("al-") || s.startsWith("el-")) && s.length() > 3 && Character.isUpperCase(s.codePointAt(3));
    }

    private static int apostrophe(String s) {
        for (int i = 1; i < s.length(); i++) if (s.charAt(i) == '\'' || s.charAt(i) == '’') return i;
        return -1;
    }

    private static boolean calendar(String word, Vocabulary vocabulary) {
        String lower = word.toLowerCase(Locale.ROOT);
        return vocabulary.month(lower) > 0 || vocabulary.weekday(lower) > 0;
    }

    /** Words of one name are separated by a single space at most. */
    private static boolean adjacent(List<Token> tokens, int i) {
        Token a = tokens.get(i - 1);
        Token b = tokens.get(i);
        return b.start() - a.end() == 1 && !a.isPunctuation() && !b.isPunctuation();
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).isWord()) return i;
        return -1;
    }

    private static boolean headline(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (!t.isWord() || !Character.isLetter(t.text().codePointAt(0))) continue;
            words++;
            if (t.allCaps()) caps++;
        }
        return words >= HEADLINE_MIN_WORDS && caps >= words * HEADLINE_CAPS;
    }
}
