package org.wirewatch.core.extract.amounts;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/** What the words around a number say about it: not a quantity at all, hedged, an age, a count category. */
final class Context {
    private Context() {}

    /** Gap in tokens beyond which a cue word is taken to speak of something else. */
    private static final int COUNT_REACH = 20;
    /** How far before the cue or the amount a negation still speaks of it ("were not injured", "none of the"). */
    private static final int NEGATION_REACH = 3;

    /**
     * Times ("17:21"), dates ("13-11-2024", "July 8", "8 июля"), ages ("aged 48") and numbers glued
     * to letters ("G 7" is cut apart only by odd spacing) are numbers, but not quantities.
     */
    static boolean notAQuantity(String text, List<Token> tokens, int n, Quantity q, AmountCues cues) {
        Token t = tokens.get(n);
        if (t.kind() == TokenKind.NUMBER) {
            // a range's first number is glued to its dash ("10-15"): what counts is what follows the range
            int last = q.approximate() && q.end() - 1 > n ? q.end() - 1 : n;
            if (gluedBefore(text, t.start()) || gluedAfter(text, tokens.get(last).end())) return true;
        }
        if (n > 0 && tokens.get(n - 1).isWord()) {
            String before = Words.normal(tokens.get(n - 1).text());
            if (cues.month(before) || cues.ageWord(before)) return true;
        }
        return q.end() < tokens.size() && tokens.get(q.end()).isWord() && cues.month(Words.normal(tokens.get(q.end()).text()));
    }

    /** "48 years old": the years of an age. */
    static boolean isAge(List<Token> tokens, int end, CountedObject counted, AmountCues cues) {
        return counted.listed() && counted.name().equals("year") && end < tokens.size()
                && tokens.get(end).isWord() && cues.ageWord(Words.normal(tokens.get(end).text()));
    }

    /** Whether a hedging phrase ("more than", "не менее") ends just before token {@code i}. */
    static boolean hedged(List<Token> tokens, int i, AmountCues cues) {
        return hedgeStart(tokens, i, cues) < i;
    }

    /** Where the hedging phrase ending just before token {@code i} begins, or {@code i} when none does. */
    private static int hedgeStart(List<Token> tokens, int i, AmountCues cues) {
        int longest = i;
        for (List<String> phrase : cues.approximators()) {
            int k = i - phrase.size();
            if (k < 0) continue;
            boolean match = true;
            for (int w = 0; w < phrase.size() && match; w++) {
                Token t = tokens.get(k + w);
                match = t.isWord() && Words.normal(t.text()).equals(phrase.get(w));
            }
            if (match) longest = Math.min(longest, k);
        }
        return longest;
    }

    /**
     * The category of the count cue nearest the amount in its sentence ("killed", "ранены"), or
     * null. The nearest wins so that "killed 78 Russians and wounded 100" gives each its own.
     */
    static String countCategory(List<Token> tokens, int start, int end, int[] sentenceEnds, AmountCues cues) {
        int sentenceEnd = sentenceEnds[start];
        String best = null;
        int bestDistance = COUNT_REACH + 1;
        for (int k = start - 1; k >= 0 && start - k <= COUNT_REACH && sentenceEnds[k] == sentenceEnd; k--) {
            Optional<String> c = cue(tokens.get(k), cues);
            if (c.isPresent()) {
                best = negated(tokens, start, k, cues) ? null : c.get();
                bestDistance = start - k;
                break;
            }
        }
        for (int k = end; k < sentenceEnd && k - end + 1 < bestDistance; k++) {
            Optional<String> c = cue(tokens.get(k), cues);
            if (c.isPresent()) return negated(tokens, start, k, cues) ? null : c.get();
        }
        return best;
    }

    /**
     * "were not injured", "не пострадали", "none of the 40 passengers were hurt": a negation just before
     * the cue, or between the cue and the amount, or just before the amount, says nobody was; no count.
     */
    private static boolean negated(List<Token> tokens, int amount, int cue, AmountCues cues) {
        int first = Math.max(0, Math.min(amount, cue) - NEGATION_REACH);
        int hedge = hedgeStart(tokens, amount, cues);   // "не менее 10" hedges, it does not negate
        for (int k = first; k < Math.max(amount, cue); k++) {
            if (k >= hedge && k < amount) continue;
            Token t = tokens.get(k);
            if (t.isWord() && cues.negation(Words.normal(t.text()))) return true;
        }
        return false;
    }

    private static Optional<String> cue(Token t, AmountCues cues) {
        return t.isWord() ? cues.countCategory(Words.normal(t.text())) : Optional.empty();
    }

    private static boolean gluedBefore(String text, int start) {
        if (start == 0) return false;
        char c = text.charAt(start - 1);
        if (Character.isLetter(c)) return true;
        return start >= 2 && isJoiner(c) && Character.isDigit(text.charAt(start - 2));
    }

    private static boolean gluedAfter(String text, int end) {
        if (end >= text.length()) return false;
        char c = text.charAt(end);
        return end + 1 < text.length() && isJoiner(c) && Character.isDigit(text.charAt(end + 1));
    }

    /** Characters that join numbers into times, dates and ranges: 17:21, 13/11, 13-11-2024. */
    private static boolean isJoiner(char c) {
        return c == ':' || c == '/' || c == '.' || c == '-' || c == '–' || c == '—';
    }
}
