package org.wirewatch.core.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.Token;

/**
 * The {@link Word}s of an analysed text: its tokens, in its sentences, seen at the grain the date
 * grammar needs. A token is read as its runs of letters, runs of digits and single marks, so that
 * "13.11.2024" is 13 . 11 . 2024 and "mid-May" is mid - may; every part lies inside its token, so
 * date offsets agree with every other stage's.
 */
final class Words {
    private Words() {}

    static List<Word> of(AnalysedText analysed) {
        String text = analysed.text();
        List<Word> words = new ArrayList<>(text.length() / 5);
        int scope = 0;
        for (Sentence s : analysed.sentences()) {
            for (Token t : s.tokens()) scope = parts(text, t, scope, words);
            scope++;
        }
        return words;
    }

    /**
     * Adds the token's parts in tense scope {@code scope}; returns the scope of what follows. A tense
     * cue reaches a date within its sentence and, as the grammar was tuned, not across any full
     * stop: an abbreviation's dot ("U.S.", "Nov.") also ends the scope, but a stop between digits
     * ("13.11") does not (tuned on dev: whole sentences move 13 of 1161 values, net 2 worse).
     */
    private static int parts(String text, Token token, int scope, List<Word> words) {
        int n = token.end();
        int i = token.start();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetter(text.charAt(end)) || isInnerApostrophe(text, end, n))) end++;
                if (isPossessive(text, i, end)) end -= 2;   // "Wednesday’s strike" is Wednesday
                words.add(new Word(i, end, text.substring(i, end).toLowerCase(Locale.ROOT), Word.Kind.LETTERS,
                        Character.isUpperCase(c), scope));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = i + 1;
                while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
                words.add(new Word(i, end, text.substring(i, end), Word.Kind.DIGITS, false, scope));
                i = end;
            } else {
                if (!Character.isWhitespace(c)) words.add(new Word(i, i + 1, String.valueOf(c), Word.Kind.MARK, false, scope));
                if ((c == '.' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) || c == '!' || c == '?') scope++;
                i++;
            }
        }
        return scope;
    }

    /** An English possessive "’s" at the end of a longer word (not "it's", "let's", which are short). */
    private static boolean isPossessive(String text, int start, int end) {
        return end - start > 4 && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'') && text.charAt(end - 1) == 's';
    }

    private static boolean isInnerApostrophe(String text, int i, int end) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == 'ʼ') && i + 1 < end && Character.isLetter(text.charAt(i + 1));
    }
}
