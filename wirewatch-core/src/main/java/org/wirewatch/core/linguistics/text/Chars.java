package org.wirewatch.core.linguistics.text;

/**
 * Character classes the tokenizer needs. ASCII goes through a table (most of every article is
 * ASCII spaces, digits and punctuation even in Cyrillic text); the rest asks {@link Character}.
 */
final class Chars {
    private Chars() {}

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            if (c <= ' ' || c == 0x7F) ASCII[c] = SPACE;   // controls are not text: skipped like spaces
            else if (c >= '0' && c <= '9') ASCII[c] = DIGIT;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ASCII[c] = LETTER;
        }
    }

    /** Skipped between tokens: whitespace, no-break spaces, control and invisible format characters. */
    static boolean isSpace(char c) {
        if (c < 128) return ASCII[c] == SPACE;
        if (Character.isSpaceChar(c) || Character.isWhitespace(c)) return true;
        int type = Character.getType(c);
        return type == Character.CONTROL || (type == Character.FORMAT && c != '\u00AD');
    }

    /** Ends a line, and so always a sentence. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f';
    }

    /** Letters, digits, combining marks (stress accents) and the soft hyphen: the body of a word. */
    static boolean isWordChar(char c) {
        if (c < 128) return ASCII[c] >= LETTER;
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == '\u00AD';
    }

    static boolean isLetter(char c) {
        return c < 128 ? ASCII[c] == LETTER : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(char c) {
        return c < 128 ? ASCII[c] == LETTER
                : Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Joins two parts of a word when letters or digits stand on both sides. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Joins two letters into one word (з'їзд, п’ять, O'Neill); U+02BC is a letter already. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '`' || c == '\u2032' || c == '\u02B9';
    }

    static boolean isQuote(char c) {
        switch (c) {
            case '"', '\'', '`', '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F',
                    '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u2033', '\u02B9':
                return true;
            default:
                return false;
        }
    }

    /** Quotation marks that only ever open a quotation, so never close a sentence. */
    static boolean isOpeningOnlyQuote(char c) {
        return c == '\u00AB' || c == '\u201E' || c == '\u201A' || c == '\u2039';
    }

    static boolean isDash(char c) {
        switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2E3A', '\u2E3B', '\uFE58', '\uFF0D':
                return true;
            default:
                return false;
        }
    }

    /** Characters that end a sentence and merge into one token when repeated ("...", "?!", "!!!"). */
    static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049';
    }

    /** Thin and no-break spaces that Russian and Ukrainian texts put between digit groups (20 000). */
    static boolean isDigitGroupSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    /** ASCII punctuation; the rest of ASCII's non-alphanumerics ($ % & + < = > ^ | ~ # @) are symbols. */
    private static final String ASCII_PUNCTUATION = "!\"'(),-./:;?[\\]_{}*`";

    static boolean isPunctuation(char c) {
        if (c < 128) return ASCII_PUNCTUATION.indexOf(c) >= 0;
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }
}
