package org.wirewatch.core.extract.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into {@link Word}s in one pass, numbering sentences as it goes. */
final class Words {
    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>(text.length() / 5);
        int sentence = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetter(text.charAt(end)) || isInnerApostrophe(text, end))) end++;
                if (isPossessive(text, i, end)) end -= 2;   // "Wednesday’s strike" is Wednesday
                words.add(new Word(i, end, text.substring(i, end).toLowerCase(Locale.ROOT), Word.Kind.LETTERS,
                        Character.isUpperCase(c), sentence));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = i + 1;
                while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
                words.add(new Word(i, end, text.substring(i, end), Word.Kind.DIGITS, false, sentence));
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (c == '\n') sentence++;
                i++;
            } else {
                words.add(new Word(i, i + 1, String.valueOf(c), Word.Kind.MARK, false, sentence));
                // a full stop between digits ("13.11", "1.1т") ends nothing
                if ((c == '.' && !(i + 1 < n && Character.isDigit(text.charAt(i + 1)))) || c == '!' || c == '?') sentence++;
                i++;
            }
        }
        return words;
    }

    /** An English possessive "’s" at the end of a longer word (not "it's", "let's", which are short). */
    private static boolean isPossessive(String text, int start, int end) {
        return end - start > 4 && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'') && text.charAt(end - 1) == 's';
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == 'ʼ') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
