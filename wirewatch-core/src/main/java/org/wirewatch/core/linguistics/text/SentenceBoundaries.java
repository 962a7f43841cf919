package org.wirewatch.core.linguistics.text;

import java.util.List;

/**
 * Decides where the sentences of one line end. A line break has already ended the previous
 * sentence; inside the line a sentence ends after a stop ({@code . ! ? … ...}) together with the
 * quotes and brackets that close right after it ({@code ."  .»  .”  !»)}), unless what follows
 * shows the sentence goes on:
 * <ul>
 * <li>a lower-case word, a comma, colon or semicolon, or a dash before a lower-case word
 *     ({@code «…!» — заявил он}, {@code "Why?" he asked});</li>
 * <li>after a full stop: the word before it is an abbreviation, an initial or a dotted acronym
 *     and the next word is not one that opens sentences ("Gov. Vyacheslav", "J. Smith",
 *     "U.S. Ambassador", but "in the U.S. The…"), also when pre-tokenised text writes the
 *     stop apart ("ім . М . Холодного"); or the stop follows a list number at the start of
 *     the line ("1. First point").</li>
 * </ul>
 * Decimals ("1.5"), dates ("13.11.2024") and addresses never reach here: they are single tokens.
 * Stateless.
 */
final class SentenceBoundaries {
    private SentenceBoundaries() {}

    /** Appends the sentences of one line's tokens to {@code out}. */
    static void split(List<Token> line, SentenceRules rules, List<Sentence> out) {
        int n = line.size();
        int first = 0;
        for (int k = 0; k < n; k++) {
            if (!mayEnd(line.get(k))) continue;
            int last = k;
            while (last + 1 < n && closesAfter(line.get(last), line.get(last + 1))) last++;
            if (last + 1 == n || endsBefore(line, first, k, last + 1, rules)) {
                emit(line, first, last + 1, out);
                first = last + 1;
            }
            k = last;
        }
        if (first < n) emit(line, first, n, out);
    }

    private static boolean mayEnd(Token t) {
        return (t.kind() == TokenKind.PUNCT && Chars.isStop(t.text().charAt(0)))
                || (t.kind() == TokenKind.WORD && t.text().endsWith("."));
    }

    /** A closing quote or bracket written straight after the stop belongs to the sentence it closes. */
    private static boolean closesAfter(Token prev, Token next) {
        if (next.start() != prev.end()) return false;
        if (next.kind() == TokenKind.QUOTE) return !Chars.isOpeningOnlyQuote(next.text().charAt(0));
        return next.kind() == TokenKind.PUNCT && (next.text().equals(")") || next.text().equals("]") || next.text().equals("}"));
    }

    /** Whether the sentence whose stop is {@code line[stop]} ends before {@code line[next]}. */
    private static boolean endsBefore(List<Token> line, int first, int stop, int next, SentenceRules rules) {
        Token after = line.get(next);
        if (continues(after)) return false;
        if (after.kind() == TokenKind.DASH && next + 1 < line.size() && continues(line.get(next + 1))) return false;
        Token t = line.get(stop);
        boolean fullStop = t.kind() == TokenKind.WORD || t.text().equals(".");
        if (!fullStop) return true;
        if (t.kind() == TokenKind.WORD) return opensSentence(line, next, rules, rules.isTitleAbbreviation(t.text()));   // U.S., т.е.
        Token before = stop > 0 ? line.get(stop - 1) : null;
        if (before == null) return true;
        boolean attached = before.end() == t.start();
        if (attached && before.kind() == TokenKind.NUMBER) return !(stop - 1 == first && first == 0);   // "1. First point"
        if (before.kind() != TokenKind.WORD) return true;
        // pre-tokenised text writes the stop apart ("ім . М . Холодного"): an initial or an
        // abbreviation before it is read the same as with the stop attached
        String word = before.text();
        if (isInitial(word)) return opensSentence(line, next, rules, true);
        if (rules.isAbbreviation(word)) return opensSentence(line, next, rules, rules.isTitleAbbreviation(word));
        return true;
    }

    /** A token that cannot open a sentence: a lower-case word or clause punctuation. */
    private static boolean continues(Token t) {
        if (t.kind() == TokenKind.WORD) return t.lowerInitial();
        if (t.kind() != TokenKind.PUNCT) return false;
        String s = t.text();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals(")");
    }

    /**
     * After an abbreviation or an initial: a new sentence has begun if the next word is one that
     * opens sentences (and is not itself an initial, as in "А. В. Иванов"), or, unless the
     * abbreviation is a title, if a quotation or dash opens there.
     */
    private static boolean opensSentence(List<Token> line, int next, SentenceRules rules, boolean title) {
        Token t = line.get(next);
        if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) return !title;
        if (t.kind() != TokenKind.WORD || !t.capitalised() || !rules.startsSentence(t.text())) return false;
        return !(next + 1 < line.size() && line.get(next + 1).isPunct(".") && isInitial(t.text()));
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static void emit(List<Token> line, int from, int to, List<Sentence> out) {
        List<Token> tokens = line.subList(from, to);
        out.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    }
}
