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
        String lower = name.toLowerCase(Locale.ROOT);
        // Below U+00C0 nothing decomposes or composes: skip both normalisations (most names are ASCII).
        boolean plain = below(lower, '\u00C0');
        String decomposed = plain ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
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
                appendFolded(out, c);
            } else if (!isJoiner(c)) {
                pendingSpace = true;
            }
        }
        String key = plain ? out.toString() : Normalizer.normalize(out, Normalizer.Form.NFC);
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

    private static boolean below(String s, char limit) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= limit) return false;
        return true;
    }

    /** Latin letters that carry their "diacritic" in the letter itself, so NFD cannot strip it. */
    private static void appendFolded(StringBuilder out, char c) {
        switch (c) {
            case 'ø' -> out.append('o');
            case 'æ' -> out.append("ae");
            case 'œ' -> out.append("oe");
            case 'ł' -> out.append('l');
            case 'đ' -> out.append('d');
            case 'ß' -> out.append("ss");
            case 'ı' -> out.append('i');
            default -> out.append(c);
        }
    }
}
