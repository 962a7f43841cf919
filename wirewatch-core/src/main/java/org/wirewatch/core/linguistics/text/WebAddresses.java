package org.wirewatch.core.linguistics.text;

import java.util.Set;

/**
 * Recognises web addresses inside running text: {@code http(s)://…} and {@code www.…} up to the
 * next space, and bare domains ending in a known top-level domain ("vesti-ua.net", "24tv.ua").
 * The list of top-level domains is closed on purpose: with any two letters allowed, a missing
 * space after a full stop ("war.in the") would turn into an address.
 */
final class WebAddresses {
    private WebAddresses() {}

    private static final Set<String> TOP_LEVEL = Set.of(
            "com", "net", "org", "info", "biz", "gov", "edu", "mil", "int", "io", "news", "online", "media",
            "today", "tv", "fm", "ua", "ru", "su", "by", "kz", "md", "ge", "az", "am", "uz", "uk", "eu", "de",
            "fr", "pl", "lt", "lv", "ee", "cz", "sk", "ro", "bg", "hu", "es", "nl", "se", "fi", "dk", "ch",
            "us", "ca", "au", "tr", "il", "jp", "cn", "рф", "укр");

    /** Characters that end an address even without a space: quotes and angle brackets. */
    private static final String HARD_STOPS = "<>\"«»“”„";
    /** Trailing characters that belong to the sentence, not the address. */
    private static final String TRAILING = ".,;:!?)]}'’”…";

    /** End of a URL starting at {@code i} ("http://", "https://", "www."), or -1. */
    static int urlEnd(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return -1;
        if (!(startsWith(text, i, to, "https://") || startsWith(text, i, to, "http://")
                || (startsWith(text, i, to, "www.") && i + 4 < to && Chars.isWordChar(text.charAt(i + 4))))) {
            return -1;
        }
        return pathEnd(text, i, to);
    }

    /** End of the non-space run from {@code i}, less the punctuation that closes the sentence around it. */
    static int pathEnd(String text, int i, int to) {
        int e = i;
        while (e < to) {
            char c = text.charAt(e);
            if (Chars.isSpace(c) || Chars.isLineBreak(c) || HARD_STOPS.indexOf(c) >= 0) break;
            e++;
        }
        boolean openParen = text.lastIndexOf('(', e - 1) >= i;
        while (e > i + 1 && TRAILING.indexOf(text.charAt(e - 1)) >= 0 && !(openParen && text.charAt(e - 1) == ')')) e--;
        return e;
    }

    /**
     * End of a domain whose first label ends at {@code dot} (the '.' after it), or -1: the labels
     * run while dots join word characters, and the address ends after the last known top-level
     * label that is followed by no letter.
     */
    static int domainEnd(String text, int dot, int to) {
        int k = dot;
        int best = -1;
        while (k + 1 < to && text.charAt(k) == '.' && Chars.isWordChar(text.charAt(k + 1))) {
            int label = k + 1;
            int e = label;
            while (e < to && (Chars.isWordChar(text.charAt(e))
                    || (Chars.isHyphen(text.charAt(e)) && e + 1 < to && Chars.isWordChar(text.charAt(e + 1))))) {
                e++;
            }
            if (e - label <= 6 && TOP_LEVEL.contains(text.substring(label, e))) best = e;
            k = e;
        }
        if (best > 0 && best < to && text.charAt(best) == '/') return pathEnd(text, best, to);
        return best;
    }

    private static boolean startsWith(String text, int i, int to, String prefix) {
        return to - i >= prefix.length() && text.regionMatches(true, i, prefix, 0, prefix.length());
    }
}
