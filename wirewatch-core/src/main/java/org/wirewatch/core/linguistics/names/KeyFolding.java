package org.wirewatch.core.linguistics.names;

/**
 * Folds lower-case ASCII spellings of a name so that the spellings different romanisations and
 * languages give it meet. Each rule merges letters that stand for one sound in some system and
 * for near sounds across systems, never letters that keep clearly different names apart:
 * <ol>
 * <li>x → ks, qu → kv, q → k, w → v;</li>
 * <li>one letter per sound: shch → xq (щ), sch/sh → x (ш), tch/ch/cz → q (ч; but chr → kr as in
 *     Christopher), dzh/zh/dj/j → j (ж, English j), and a j ending a syllable is a vowel
 *     (Zelenskij → zelenskii);</li>
 * <li>ph → f, th → t, kh/gh/g/h → h (Ukrainian г is h: Sybiha/Sibiga, Stoltenberh/Stoltenberg,
 *     Kharkiv/Харьков);</li>
 * <li>Latin c: ck → k, c before e/i/y → s (Price/Прайс), any other c → k (Cavoli/Каволи); then
 *     ts/tz → c (ц);</li>
 * <li>y → i (Zelenskyy/Zelenskiy, Sybiha/Sibiga); iu after a consonant → u (Ryutte/Rutte);
 *     a word-initial ie → e (Yermak/Ermak); ai between consonants → i (Bayden/Biden);</li>
 * <li>u before a nasal and another consonant → a, the English vowel Russian and Ukrainian write
 *     а (Trump/Трамп, Hunter/Хантер);</li>
 * <li>the o, e or i of a closed last syllable → i: the Ukrainian vowel shift (Харків/Харьков,
 *     Львів/Львов, Київ/Киев) and the unstressed vowel Russian respells (Biden/Байден);</li>
 * <li>doubled letters single (Odessa/Odesa, Lammy/Лэмми); a final e after a consonant or o is
 *     dropped (Rutte/Рютте, Joe/Джо).</li>
 * </ol>
 * Vowels are otherwise kept, so Paris and Peres, Ali and Eli, Rome and Rima stay apart.
 * Stateless and thread-safe.
 */
final class KeyFolding {
    private static final String VOWELS = "aeiou";

    /** The folded key of a string of lower-case ASCII words separated by single spaces. */
    String fold(String words) {
        if (words.indexOf(' ') < 0) return foldWord(words);
        StringBuilder out = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(foldWord(word));
        }
        return out.toString();
    }

    String foldWord(String word) {
        String w = word;
        w = w.replace("x", "ks").replace("qu", "kv").replace('q', 'k').replace('w', 'v');
        w = w.replace("shch", "xq").replace("sch", "x").replace("sh", "x").replace("tch", "q")
                .replace("chr", "kr").replace("ch", "q").replace("cz", "q");
        w = vowelJ(w);   // before ж joins j: Rozhkov's zh is no vowel
        w = w.replace("dzh", "j").replace("zh", "j").replace("dj", "j");
        w = w.replace("ph", "f").replace("th", "t").replace("kh", "h").replace("gh", "h").replace('g', 'h');
        w = latinC(w.replace("ck", "k"));
        w = w.replace("ts", "c").replace("tz", "c");
        w = w.replace('y', 'i');
        w = softU(w);
        if (w.startsWith("ie") && w.length() > 2) w = w.substring(1);
        w = narrowAi(w);
        w = nasalU(w);
        w = single(w);
        w = closedLastSyllable(w);
        return silentE(w);
    }

    /** j ending a syllable (before a consonant or at the end) is the vowel of й: Zelenskij, Andrej. */
    private static String vowelJ(String w) {
        if (w.indexOf('j') < 0) return w;
        StringBuilder s = new StringBuilder(w);
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != 'j' || !isVowel(s.charAt(i - 1))) continue;
            if (i + 1 == s.length() || !isVowel(s.charAt(i + 1))) s.setCharAt(i, 'i');
        }
        return s.toString();
    }

    /** Latin c: s before e, i or y (Price, as Russian Прайс), k elsewhere (Cavoli, as Каволи). */
    private static String latinC(String w) {
        if (w.indexOf('c') < 0) return w;
        StringBuilder s = new StringBuilder(w);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != 'c') continue;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            s.setCharAt(i, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        }
        return s.toString();
    }

    /** iu after a consonant is a palatalised u: Ryutte → rutte. */
    private static String softU(String w) {
        int at = w.indexOf("iu", 1);
        if (at < 0) return w;
        StringBuilder s = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i > 0 && w.startsWith("iu", i) && !isVowel(w.charAt(i - 1))) continue;
            s.append(w.charAt(i));
        }
        return s.toString();
    }

    /** ai between consonants → i: the English long i Russian spells ай (Biden → Байден). */
    private static String narrowAi(String w) {
        int at = w.indexOf("ai", 1);
        if (at < 0) return w;
        StringBuilder s = new StringBuilder(w);
        for (int i = s.length() - 3; i >= 1; i--) {
            if (s.charAt(i) == 'a' && s.charAt(i + 1) == 'i' && !isVowel(s.charAt(i - 1)) && !isVowel(s.charAt(i + 2))) {
                s.deleteCharAt(i);
            }
        }
        return s.toString();
    }

    /** u between a consonant and a nasal + consonant → a (Trump → tramp). */
    private static String nasalU(String w) {
        if (w.indexOf('u') < 0) return w;
        StringBuilder s = new StringBuilder(w);
        for (int i = 1; i + 2 < s.length(); i++) {
            char nasal = s.charAt(i + 1);
            char after = s.charAt(i + 2);
            if (s.charAt(i) == 'u' && !isVowel(s.charAt(i - 1)) && (nasal == 'm' || nasal == 'n')
                    && !isVowel(after) && after != nasal) {
                s.setCharAt(i, 'a');
            }
        }
        return s.toString();
    }

    /** Runs of one letter → one letter. */
    private static String single(String w) {
        StringBuilder s = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) s.append(w.charAt(i));
        }
        return s.toString();
    }

    /** The vowels of a last syllable closed by one consonant, if only o, e and i → i. */
    private static String closedLastSyllable(String w) {
        int n = w.length();
        if (n < 3 || isVowel(w.charAt(n - 1)) || !Character.isLetter(w.charAt(n - 1))) return w;
        int end = n - 1;
        int start = end;
        while (start > 0 && isVowel(w.charAt(start - 1))) start--;
        if (start == end || start == 0) return w;
        for (int i = start; i < end; i++) if ("eio".indexOf(w.charAt(i)) < 0) return w;
        return w.substring(0, start) + 'i' + w.charAt(end);
    }

    /**
     * A final e after o (Joe, Monroe) or, in words of four letters or more, after a consonant
     * (Rutte, Mike) is silent in the Latin spelling and absent from the Cyrillic one.
     */
    private static String silentE(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 'e') return w;
        char before = w.charAt(n - 2);
        return before == 'o' || (n > 3 && !isVowel(before)) ? w.substring(0, n - 1) : w;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0 || c == 'y';
    }
}
