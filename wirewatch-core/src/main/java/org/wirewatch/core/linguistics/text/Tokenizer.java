package org.wirewatch.core.linguistics.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * Splits text into {@link Token}s with exact offsets. The rules follow the script, not the
 * language, so an English name in a Russian article is cut the same way as in an English one:
 * <ul>
 * <li>words keep inner hyphens and apostrophes when letters or digits stand on both sides
 *     (з'їзд, п’ять, O'Neill, Meinl-Reisinger, AIM-7, 48-year-old), but a hyphen between two
 *     digits is a dash (2022-2023);</li>
 * <li>the English {@code 's} after a Latin word is its own {@link TokenKind#POSSESSIVE} token,
 *     so "Blinken's" gives the name span "Blinken";</li>
 * <li>dotted acronyms keep their dots (U.S., e.g., т.е.) but a single letter does not (the
 *     initial "J." is "J" and ".");</li>
 * <li>numbers keep decimal and group separators (1,000 · 1.5 · 13.11.2024 · 20 000 with a
 *     no-break space); currency and percent signs are separate symbols ($ 300, 5 %);</li>
 * <li>addresses stay whole (https://…, www.…, vesti-ua.net, Вести-ua.net);</li>
 * <li>quotes and dashes are single tokens of their own kind; runs of stops ("...", "?!") are one.</li>
 * </ul>
 * Every visible character ends up in exactly one token; spaces, controls and invisible format
 * characters are skipped. Thread-safe: keeps no state.
 */
public final class Tokenizer {

    public Tokenizer() {}

    public List<Token> tokens(String text) {
        Check.notNullParam(text, "text");
        return tokens(text, 0, text.length());
    }

    /** The tokens of {@code text[start, end)}, offsets into the whole text. */
    public List<Token> tokens(String text, int start, int end) {
        Check.notNullParam(text, "text");
        Check.span(start, end, text.length(), "tokenized");
        List<Token> out = new ArrayList<>(Math.max(4, (end - start) / 5));
        for (int i = start; i < end; i++) i = line(text, i, end, out);
        return Collections.unmodifiableList(out);
    }

    /** Tokenises from {@code from} to the next line break (or {@code to}) and returns where it stopped. */
    int line(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) return i;
            if (Chars.isSpace(c) || c == '\u00AD') {
                i++;
            } else {
                i = token(text, i, to, out);
            }
        }
        return to;
    }

    private int token(String text, int i, int to, List<Token> out) {
        char c = text.charAt(i);
        int url = WebAddresses.urlEnd(text, i, to);
        if (url > i) return add(out, text, i, url, TokenKind.URL);
        if (Chars.isLetter(c) || Chars.isDigit(c)) return word(text, i, to, out);
        if (Chars.isStop(c)) {
            int e = i + 1;
            while (e < to && Chars.isStop(text.charAt(e))) e++;
            return add(out, text, i, e, TokenKind.PUNCT);
        }
        if (Chars.isDash(c)) {
            int e = i + 1;
            while (e < to && c == '-' && text.charAt(e) == '-') e++;
            return add(out, text, i, e, TokenKind.DASH);
        }
        if (Chars.isQuote(c)) return add(out, text, i, i + 1, TokenKind.QUOTE);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            // one code point, never half of one; letters beyond the BMP are rare enough to stand alone
            int cp = text.codePointAt(i);
            return add(out, text, i, i + 2, Character.isLetterOrDigit(cp) ? TokenKind.WORD : TokenKind.SYMBOL);
        }
        return add(out, text, i, i + 1, Chars.isPunctuation(c) ? TokenKind.PUNCT : TokenKind.SYMBOL);
    }

    private int word(String text, int i, int to, List<Token> out) {
        int acronym = dottedAcronymEnd(text, i, to);
        if (acronym > 0) return add(out, text, i, acronym, TokenKind.WORD);
        boolean number = Chars.isDigit(text.charAt(i));
        int j = i;
        while (true) {
            while (j < to && Chars.isWordChar(text.charAt(j))) j++;
            if (j + 1 >= to) break;
            char d = text.charAt(j);
            char prev = text.charAt(j - 1);
            char next = text.charAt(j + 1);
            if (Chars.isHyphen(d)) {
                if (!(Chars.isLetter(next) || Chars.isDigit(next)) || (Chars.isDigit(prev) && Chars.isDigit(next))) break;
            } else if (Chars.isApostrophe(d)) {
                if (!Chars.isLetter(prev) || !Chars.isLetter(next) || possessiveAt(text, j, to)) break;
            } else if (d == '.' || d == ',') {
                if (!number || !Chars.isDigit(prev) || !Chars.isDigit(next)) break;
            } else if (Chars.isDigitGroupSpace(d)) {
                if (!number || !groupOfThreeFollows(text, j, to) || !groupOfThreeAtMost(text, i, j)) break;
            } else {
                break;
            }
            j++;
        }
        if (j < to && text.charAt(j) == '.') {
            int domain = WebAddresses.domainEnd(text, j, to);
            if (domain > j) return add(out, text, i, domain, TokenKind.URL);
        }
        if (j < to && text.charAt(j) == '@') {
            int at = j + 1;
            while (at < to && Chars.isWordChar(text.charAt(at))) at++;
            int domain = at > j + 1 && at < to && text.charAt(at) == '.' ? WebAddresses.domainEnd(text, at, to) : -1;
            if (domain > at) return add(out, text, i, domain, TokenKind.URL);
        }
        add(out, text, i, j, number ? TokenKind.NUMBER : TokenKind.WORD);
        if (j + 1 < to && possessiveAt(text, j, to)) return add(out, text, j, j + 2, TokenKind.POSSESSIVE);
        return j;
    }

    /** "'s" after a Latin letter and before a non-letter: the English clitic, split off. */
    private static boolean possessiveAt(String text, int j, int to) {
        if (!Chars.isApostrophe(text.charAt(j)) || j + 1 >= to || j == 0) return false;
        char s = text.charAt(j + 1);
        return (s == 's' || s == 'S') && Chars.isLatinLetter(text.charAt(j - 1))
                && (j + 2 >= to || !Chars.isWordChar(text.charAt(j + 2)));
    }

    /** "U.S.", "e.g.", "т.е.", "Ph.D.": two or more runs of one or two letters, each closed by a dot. */
    private static int dottedAcronymEnd(String text, int i, int to) {
        int k = i;
        int segments = 0;
        while (k < to) {
            int e = k;
            while (e < to && e - k < 3 && Chars.isLetter(text.charAt(e))) e++;
            if (e == k || e - k > 2 || e >= to || text.charAt(e) != '.') break;
            segments++;
            k = e + 1;
        }
        return segments >= 2 ? k : -1;
    }

    private static boolean groupOfThreeFollows(String text, int space, int to) {
        int e = space + 1;
        while (e < to && e - space <= 4 && Chars.isAsciiDigit(text.charAt(e))) e++;
        return e - space == 4 && (e >= to || !Chars.isWordChar(text.charAt(e)));
    }

    /** The digits since the start or the last group space number one to three: "20 000", not "2024 100". */
    private static boolean groupOfThreeAtMost(String text, int start, int space) {
        int b = space;
        while (b > start && Chars.isAsciiDigit(text.charAt(b - 1))) b--;
        return space - b <= 3 && (b == start || Chars.isDigitGroupSpace(text.charAt(b - 1)));
    }

    private static int add(List<Token> out, String text, int start, int end, TokenKind kind) {
        out.add(new Token(start, end, text.substring(start, end), kind));
        return end;
    }
}
