package org.wirewatch.core.lang;

import java.util.List;

/**
 * Classifies letters for one configured language set: script, and which configured language (if
 * exactly one) a letter marks. Built once per {@link LanguageIdentifier}; immutable, so shared by
 * all threads. Counting is a table look-up per char, far cheaper than any n-gram model.
 */
final class LetterTable {
    static final int LATIN = 0;
    static final int CYRILLIC = 1;
    static final int OTHER = 2;
    private static final byte NOT_LETTER = 3;

    // Basic Latin through the Cyrillic Supplement: every letter the supported alphabets use.
    private static final int SIZE = 0x0530;

    private final byte[] script = new byte[SIZE];
    private final byte[] owner = new byte[SIZE];      // index of the one language a letter marks, or -1
    private final boolean[] foreign = new boolean[SIZE];  // a letter of a configured script no configured language uses
    private final boolean[] scriptConfigured = new boolean[2];
    private final int languages;

    LetterTable(List<LanguageProfile> profiles) {
        languages = profiles.size();
        int[] perScript = new int[2];
        for (LanguageProfile p : profiles) perScript[scriptClass(p.script())]++;
        scriptConfigured[LATIN] = perScript[LATIN] > 0;
        scriptConfigured[CYRILLIC] = perScript[CYRILLIC] > 0;
        for (int c = 0; c < SIZE; c++) {
            owner[c] = -1;
            if (!Character.isLetter(c)) {
                script[c] = NOT_LETTER;
                continue;
            }
            int s = scriptClass(Character.UnicodeScript.of(c));
            script[c] = (byte) s;
            if (s == OTHER || !scriptConfigured[s]) continue;
            int lower = Character.toLowerCase(c);
            int users = 0;
            int last = -1;
            for (int i = 0; i < profiles.size(); i++) {
                LanguageProfile p = profiles.get(i);
                if (scriptClass(p.script()) == s && p.alphabet().indexOf(lower) >= 0) {
                    users++;
                    last = i;
                }
            }
            foreign[c] = users == 0;
            // A marker only means something when another language of the same script competes.
            if (users == 1 && perScript[s] > 1) owner[c] = (byte) last;
        }
    }

    static int scriptClass(Character.UnicodeScript s) {
        return s == Character.UnicodeScript.LATIN ? LATIN : s == Character.UnicodeScript.CYRILLIC ? CYRILLIC : OTHER;
    }

    /** True when language {@code index} has at least one letter that no other configured language of its script uses. */
    boolean hasMarkers(int index) {
        for (byte o : owner) if (o == index) return true;
        return false;
    }

    /**
     * The script of the text's common words: those that start with a lower-case letter and are not
     * web addresses. Names, brands and domains ("Google News", "vesti-ua.net") are often written in
     * another script than the sentence around them, so they must not decide it. -1 when the text
     * has no such word.
     */
    int commonWordScript(CharSequence text, int start, int end) {
        int[] byScript = new int[3];
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int wordStart = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > wordStart && isCommonWord(text, wordStart, i)) countScripts(text, wordStart, i, byScript);
        }
        int best = -1;
        for (int s = 0; s < byScript.length; s++) if (byScript[s] > 0 && (best < 0 || byScript[s] > byScript[best])) best = s;
        return best;
    }

    /**
     * Marker letters of languages other than {@code language} in the text's common words (as in
     * {@link #commonWordScript}): letters that stand only in names ("Erdoğan" in English, "Київ" in
     * Russian) are not counted.
     */
    int commonWordRivalHits(CharSequence text, int start, int end, int language) {
        int hits = 0;
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int wordStart = i;
            boolean marked = false;
            for (; i < end && !Character.isWhitespace(text.charAt(i)); i++) {
                char c = text.charAt(i);
                marked |= c < SIZE && owner[c] >= 0 && owner[c] != language;
            }
            if (marked && isCommonWord(text, wordStart, i)) hits += rivalHits(text, wordStart, i, language);
        }
        return hits;
    }

    private int rivalHits(CharSequence text, int start, int end, int language) {
        int hits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < SIZE && owner[c] >= 0 && owner[c] != language) hits++;
        }
        return hits;
    }

    private static boolean isCommonWord(CharSequence text, int start, int end) {
        int first = start;
        while (first < end && !Character.isLetter(text.charAt(first))) first++;
        if (first == end || !Character.isLowerCase(text.charAt(first))) return false;
        for (int i = first; i < end - 1; i++) {
            char c = text.charAt(i);
            boolean address = c == '/' || c == '@' || (c == '.' && Character.isLetter(text.charAt(i + 1)));
            if (address) return false;
        }
        return true;
    }

    private void countScripts(CharSequence text, int start, int end, int[] byScript) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < SIZE && script[c] != NOT_LETTER) byScript[script[c]]++;
        }
    }

    LetterCounts count(CharSequence text, int start, int end) {
        int[] byScript = new int[3];
        int[] hits = new int[languages];
        int foreignCount = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < SIZE) {
                byte s = script[c];
                if (s == NOT_LETTER) continue;
                byScript[s]++;
                if (owner[c] >= 0) hits[owner[c]]++;
                if (foreign[c]) foreignCount++;
            } else if (Character.isLetter(c)) {
                // Latin Extended Additional (Vietnamese) and the like: no supported alphabet uses them.
                int s = scriptClass(Character.UnicodeScript.of(c));
                byScript[s]++;
                if (s != OTHER && scriptConfigured[s]) foreignCount++;
            }
        }
        return new LetterCounts(byScript, hits, foreignCount);
    }
}
