package org.wirewatch.core.linguistics.morph;

/** Letter tests for the suffix rules. */
public final class Cyrillic {
    private Cyrillic() {}

    /** Cyrillic letters, optionally joined by hyphens or apostrophes (Нью-Йорк, Мар'янівка). */
    public static boolean isWord(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && Character.isLetter(c)) letter = true;
            else if (c != '-' && c != '\'' && c != '’' && c != 'ʼ') return false;
        }
        return letter;
    }

    public static boolean endsWithVowel(String w, String vowels) {
        return !w.isEmpty() && vowels.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** Whether the letter at {@code i} repeats the one before it (Рютте, Лэмми). */
    public static boolean isDoubled(String w, int i) {
        return i > 0 && w.charAt(i) == w.charAt(i - 1);
    }
}
