package org.wirewatch.core.linguistics.text;

import java.util.Locale;
import org.wirewatch.core.model.Check;

/**
 * One token of an article: {@code text} is exactly {@code articleText.substring(start, end)}
 * (Java String indices, end exclusive). Immutable.
 */
public record Token(int start, int end, String text, TokenKind kind) {

    public Token {
        Check.notNullParam(text, "text");
        Check.notNullParam(kind, "kind");
        Check.isTrue(start >= 0 && end - start == text.length(), "token [%d,%d) with text of length %d", start, end, text.length());
    }

    public int length() {
        return end - start;
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    /** PUNCT, QUOTE or DASH. */
    public boolean isPunctuation() {
        return kind == TokenKind.PUNCT || kind == TokenKind.QUOTE || kind == TokenKind.DASH;
    }

    /** Whether the first character is an upper- or title-case letter: "Kyiv", "NATO", "Ó", not "iPhone" or "5th". */
    public boolean capitalised() {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** Whether the first character is a lower-case letter: "said", "iPhone". */
    public boolean lowerInitial() {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /**
     * Whether the token has at least two letters and none in lower case: "NATO", "США", "U.S.",
     * "AIM-7" — but not "A" or "I", which are as often words as initials.
     */
    public boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (!Character.isUpperCase(c) && !Character.isTitleCase(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /** Whether the first letter is Cyrillic. */
    public boolean cyrillic() {
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** Whether the first letter is Latin. */
    public boolean latin() {
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** The text in lower case, independent of the default locale. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether this is a PUNCT token with exactly this text. */
    public boolean isPunct(String punct) {
        return kind == TokenKind.PUNCT && text.equals(punct);
    }
}
