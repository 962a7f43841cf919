package org.wirewatch.lang.ru;

import java.util.ArrayList;
import java.util.List;

/**
 * How a name spelled in Russian may be spelled in Ukrainian, for looking Russian lemmas up in
 * VESUM: Блинкен → Блінкен, Сибига → Сибіга, Брюссель → Брюссель, Европа → Європа, Киев → Київ,
 * Харьков → Харків, Львов → Львів. Letter by letter: и → і or и, ы → и, э → е, ё → ьо/йо, ъ → ',
 * е → є at the start or after a vowel, ь kept or dropped, a doubled consonant kept or single; and the о or е of a closed last
 * syllable → і (ї after a vowel), the Ukrainian vowel shift that separates Харків from Харьков.
 * Candidates are generated most likely first and capped, as each costs a dictionary lookup.
 */
final class UkrainianSpellings {
    private UkrainianSpellings() {}

    static final int MAX = 16;
    private static final String VOWELS = RussianNameEndings.VOWELS;
    /** Before which Ukrainian writes и rather than і in loan words ("rule of nine" consonants). */
    private static final String HARD_I_AFTER = "дтзсцчшжр";

    /** Ukrainian spellings of a lower-case Russian word, most likely first, at most {@link #MAX}. */
    static List<String> of(String russian) {
        int shifted = closedLastSyllableVowel(russian);
        List<String> out = new ArrayList<>();
        expand(russian, 0, new StringBuilder(), shifted, out);
        return out;
    }

    private static void expand(String w, int i, StringBuilder prefix, int shifted, List<String> out) {
        if (out.size() >= MAX) return;
        if (i == w.length()) {
            out.add(prefix.toString());
            return;
        }
        int mark = prefix.length();
        for (String option : options(w, i, shifted)) {
            prefix.append(option);
            expand(w, i + 1, prefix, shifted, out);
            prefix.setLength(mark);
        }
    }

    private static List<String> options(String w, int i, int shifted) {
        char c = w.charAt(i);
        char before = i == 0 ? ' ' : w.charAt(i - 1);
        boolean afterVowel = i == 0 || VOWELS.indexOf(before) >= 0 || before == 'ь' || before == 'ъ';
        if (i == shifted) return List.of(String.valueOf(c), afterVowel ? "ї" : "і");
        // Ukrainian writes most doubled consonants of loan words single: Одесса → Одеса.
        if (c == before && VOWELS.indexOf(c) < 0) return List.of(String.valueOf(c), "");
        switch (c) {
            case 'и': return HARD_I_AFTER.indexOf(before) >= 0 ? List.of("и", "і") : List.of("і", "и");
            case 'ы': return List.of("и");
            case 'э': return List.of("е");
            case 'ъ': return List.of("'");
            case 'ь': return List.of("ь", "");
            case 'ё': return List.of(afterVowel ? "йо" : "ьо");
            case 'е': return afterVowel ? List.of("є", "е") : List.of("е");
            default: return List.of(String.valueOf(c));
        }
    }

    /** Index of the о or е before a single final consonant (Харьков, Львов, Киев), else -1. */
    private static int closedLastSyllableVowel(String w) {
        int n = w.length();
        if (n < 3 || VOWELS.indexOf(w.charAt(n - 1)) >= 0 || !Character.isLetter(w.charAt(n - 1))) return -1;
        char vowel = w.charAt(n - 2);
        return vowel == 'о' || vowel == 'е' ? n - 2 : -1;
    }
}
