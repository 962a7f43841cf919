package org.wirewatch.core.extract.amounts;

import java.util.List;
import java.util.OptionalDouble;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;

/**
 * Reads a number at a token: digits ("40", "1,000", "20 000") or number words ("six",
 * "двадцать пять", "twenty-five"), then any multipliers ("300 million", "695 тысяч", "1,5 млн").
 * Stateless.
 */
final class QuantityReader {
    private QuantityReader() {}

    /** The quantity starting at token {@code i} (with the far end of a range after it), or null. */
    static Quantity read(List<Token> tokens, int i, AmountCues cues) {
        Quantity q = vague(tokens, i, cues);
        if (q == null) q = single(tokens, i, cues);
        return q == null ? null : withRangeEnd(tokens, q, cues);
    }

    /**
     * "dozens of", "hundreds of", "tens of thousands of", "десятки", "сотні": at least two of the
     * unit, approximate; an "of" after it belongs to it.
     */
    private static Quantity vague(List<Token> tokens, int i, AmountCues cues) {
        if (!tokens.get(i).isWord()) return null;
        OptionalDouble unit = cues.vagueUnit(Words.normal(tokens.get(i).text()));
        if (unit.isEmpty()) return null;
        double value = 2 * unit.getAsDouble();
        int end = i + 1;
        if (end + 1 < tokens.size() && isOf(tokens.get(end)) && tokens.get(end + 1).isWord()) {
            OptionalDouble more = cues.vagueUnit(Words.normal(tokens.get(end + 1).text()));
            if (more.isPresent()) { value *= more.getAsDouble(); end += 2; }
        }
        if (end < tokens.size() && isOf(tokens.get(end))) end++;
        return new Quantity(i, end, value, false, true);
    }

    private static boolean isOf(Token t) {
        return t.isWord() && Words.normal(t.text()).equals("of");
    }

    /** "10 to 15 people", "10-15 people", "two or three clashes": the lower end's value, approximate, the span to the far end. */
    private static Quantity withRangeEnd(List<Token> tokens, Quantity q, AmountCues cues) {
        int j = q.end();
        if (j + 1 >= tokens.size()) return q;
        Token mark = tokens.get(j);
        boolean joins = mark.isWord() ? cues.rangeWord(Words.normal(mark.text())) : "-–—".contains(mark.text()) && mark.text().length() == 1;
        if (!joins) return q;
        Quantity far = single(tokens, j + 1, cues);
        if (far == null || far.value() <= q.value() || far.yearLike() != q.yearLike()) return q;
        return new Quantity(q.first(), far.end(), q.value(), q.yearLike(), true);
    }

    private static Quantity single(List<Token> tokens, int i, AmountCues cues) {
        Token t = tokens.get(i);
        int end;
        double value;
        boolean yearLike = false;
        if (t.kind() == TokenKind.NUMBER) {
            OptionalDouble v = Digits.value(t.text());
            if (v.isEmpty()) return null;
            value = v.getAsDouble();
            yearLike = Digits.yearLike(t.text());
            end = i + 1;
        } else if (t.isWord()) {
            double[] total = {0, 0};   // {completed thousands-groups, current group}
            end = i;
            while (end < tokens.size() && tokens.get(end).isWord() && addWords(tokens.get(end).text(), cues, total)) end++;
            if (end == i) return null;
            value = total[0] + total[1];
            return withMultipliers(tokens, i, end, value, cues);
        } else {
            return null;
        }
        return withMultipliers(tokens, i, end, value, yearLike, cues);
    }

    private static Quantity withMultipliers(List<Token> tokens, int first, int end, double value, AmountCues cues) {
        return withMultipliers(tokens, first, end, value, false, cues);
    }

    private static Quantity withMultipliers(List<Token> tokens, int first, int end, double value, boolean yearLike, AmountCues cues) {
        while (end < tokens.size() && tokens.get(end).isWord()) {
            OptionalDouble m = cues.multiplier(Words.normal(tokens.get(end).text()));
            if (m.isEmpty()) break;
            value *= m.getAsDouble();
            yearLike = false;
            end++;
            // "тыс." and "млн." abbreviate: their dot belongs to the multiplier, not to the sentence
            if (end < tokens.size() && tokens.get(end).text().equals(".") && tokens.get(end).start() == tokens.get(end - 1).end()
                    && end + 1 < tokens.size() && tokens.get(end + 1).lowerInitial()) end++;
        }
        return new Quantity(first, end, value, yearLike);
    }

    /**
     * Adds one word ("twenty-five" is two) to the running total; false if it is not a number
     * word. Hundreds multiply what precedes them ("two hundred"); multipliers close a group
     * ("two thousand five hundred").
     */
    private static boolean addWords(String word, AmountCues cues, double[] total) {
        String normal = Words.normal(word);
        // most words hold no hyphen: spare them the split
        String[] parts = normal.indexOf('-') < 0 ? new String[] {normal} : normal.split("-");
        double[] trial = total.clone();
        for (String p : parts) {
            OptionalDouble v = cues.numberWord(p);
            if (v.isPresent()) {
                double n = v.getAsDouble();
                if (n == 100 && trial[1] > 0 && trial[1] < 100) trial[1] *= 100;
                else trial[1] += n;
                continue;
            }
            OptionalDouble m = cues.multiplier(p);
            // a multiplier after number words joins them ("two thousand"); alone it is no number
            if (m.isEmpty() || (trial[0] == 0 && trial[1] == 0)) return false;
            trial[0] += Math.max(trial[1], 1) * m.getAsDouble();
            trial[1] = 0;
        }
        total[0] = trial[0];
        total[1] = trial[1];
        return true;
    }
}
