package org.wirewatch.lang.uk;

import java.util.Map;

/**
 * Ukrainian in Latin letters by the official national system of 2010, the spelling of Ukrainian
 * names in English-language news (Сиротюк → Syrotiuk, Київ → Kyiv, Сибіга → Sybiha), where ICU's
 * BGN table gives Syrotyuk and Kyyiv. Є, Ї, Й, Ю, Я are ye, yi, y, yu, ya at the start of a word
 * and ie, i, i, iu, ia elsewhere; зг is zgh. Letters outside the alphabet pass through.
 */
public final class UkrainianNationalRomanization {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('\'', ""), Map.entry('’', ""),
            Map.entry('ʼ', ""));
    private static final Map<Character, String> INITIAL = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    private UkrainianNationalRomanization() {}

    public static String latin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 4);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean initial = i == 0 || !Character.isLetter(cyrillic.charAt(i - 1));
            String latin = initial && INITIAL.containsKey(lower) ? INITIAL.get(lower) : LETTERS.get(lower);
            if (lower == 'г' && i > 0 && Character.toLowerCase(cyrillic.charAt(i - 1)) == 'з') latin = "gh";
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }
}
