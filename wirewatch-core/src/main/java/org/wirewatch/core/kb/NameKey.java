package org.wirewatch.core.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which the knowledge base compares names, so that spelling noise does not split an
 * identity: "The Alliance" = "alliance", "Erdoğan" = "Erdogan", "U.S." = "US",
 * "Secretary-General" = "Secretary General", "Слов’янськ" = "Слов'янськ" = "Словянськ",
 * "Соединённые Штаты" = "Соединенные Штаты".
 *
 * <p>Diacritics are dropped from Latin letters only: in Cyrillic, "й" and "ї" are letters of their
 * own, so only "ё" is folded (to "е", as most Russian text writes it). Thread-safe and stateless.
 */
public final class NameKey {
    private static final char BREVE = '\u0306';
    private static final char DIAERESIS = '\u0308';

    private NameKey() {}

    /** The comparison key of a name; empty when the name has no letters or digits. */
    public static String of(String name) {
        if (name == null) return "";
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char base = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (keepsMark(base, c)) out.append(c);
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) out.append(' ');
                pendingSpace = false;
                base = c;
                out.append(foldLetter(c));
            } else if (!isJoiner(c)) {
                pendingSpace = true;
            }
        }
        String key = Normalizer.normalize(out, Normalizer.Form.NFC);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** Cyrillic й and ї are letters, not accented и and і; ё is commonly written е. */
    private static boolean keepsMark(char base, char mark) {
        if (Character.UnicodeBlock.of(base) != Character.UnicodeBlock.CYRILLIC) return false;
        return mark == BREVE || (mark == DIAERESIS && base != 'е');
    }

    /** Apostrophes, quotes inside words and dots in abbreviations vanish rather than split the word. */
    private static boolean isJoiner(char c) {
        return switch (c) {
            case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '.', '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> true;
            default -> false;
        };
    }

    /** Latin letters that carry their "diacritic" in the letter itself, so NFD cannot strip it. */
    private static String foldLetter(char c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ł' -> "l";
            case 'đ' -> "d";
            case 'ß' -> "ss";
            case 'ı' -> "i";
            default -> String.valueOf(c);
        };
    }
}
