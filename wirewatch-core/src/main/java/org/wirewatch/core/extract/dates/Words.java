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
        List<Sentence> sentences = analysed.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (Token t : sentences.get(s).tokens()) parts(text, t, s, words);
        }
        return words;
    }

    private static void parts(String text, Token token, int sentence, List<Word> words) {
        int n = token.end();
        int i = token.start();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetter(text.charAt(end)) || isInnerApostrophe(text, end, n))) end++;
                if (isPossessive(text, i, end)) end -= 2;   // "Wednesday’s strike" is Wednesday
                words.add(new Word(i, end, text.substring(i, end).toLowerCase(Locale.ROOT), Word.Kind.LETTERS,
                        Character.isUpperCase(c), sentence));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = i + 1;
                while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
                words.add(new Word(i, end, text.substring(i, end), Word.Kind.DIGITS, false, sentence));
                i = end;
            } else {
                if (!Character.isWhitespace(c)) words.add(new Word(i, i + 1, String.valueOf(c), Word.Kind.MARK, false, sentence));
                i++;
            }
        }
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
