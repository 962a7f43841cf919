package org.wirewatch.core.linguistics.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Latin text down to lower-case ASCII words: diacritics dropped (Kiїv → kiiv, Açiq → aciq),
 * letters without a decomposition spelled out (ß → ss, ə → e, ł → l), apostrophes, BGN's primes
 * and dots deleted (Zelensʹkyy → zelenskyy, L·emmi → lemmi), every other run of non-letters one
 * space. Letters of other scripts, left by a caller that passed them through, go through ICU's
 * {@code Any-Latin; Latin-ASCII}, which is slower and so only asked when needed.
 */
final class AsciiFolding {
    private static final String DELETED = "'’‘`´ʹʺʼʻ·\u02BC\u00B7";

    private final IcuTransform toAscii = new IcuTransform("Any-Latin; Latin-ASCII");

    String fold(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || DELETED.indexOf(c) >= 0) continue;
            String letters = letters(c);
            if (letters == null) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(letters);
        }
        return out.toString();
    }

    /** The lower-case ASCII spelling of one character, or null for a separator. */
    private String letters(char c) {
        if (c < 128) return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : null;
        if (!Character.isLetterOrDigit(c)) return null;
        switch (Character.toLowerCase(c)) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'ł': return "l";
            case 'đ': case 'ð': return "d";
            case 'þ': return "th";
            case 'ı': return "i";
            case 'ə': return "e";
            default:
                String ascii = toAscii.apply(String.valueOf(c)).toLowerCase(Locale.ROOT);
                return ascii.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch)) && !ascii.isEmpty() ? ascii : null;
        }
    }
}
