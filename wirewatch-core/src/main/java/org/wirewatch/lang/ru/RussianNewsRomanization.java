package org.wirewatch.lang.ru;

import java.util.Map;

/**
 * Russian names as English-language news usually spells them, simpler than BGN: Зеленский →
 * Zelensky, Навальный → Navalny, Евгений → Yevgeny, Шойгу → Shoigu. The adjectival endings
 * -ий/-ый are -y, й is y (i after a vowel at the end of a syllable is still y: Шойгу → Shoygu, an
 * accepted variant), е is ye only at the start of a word. Letters outside the alphabet pass through.
 */
public final class RussianNewsRomanization {
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private RussianNewsRomanization() {}

    public static String latin(String cyrillic) {
        String word = cyrillic;
        String ending = "";
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("ий") || lower.endsWith("ый")) {
            word = word.substring(0, word.length() - 2);
            ending = "y";
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char l = Character.toLowerCase(c);
            boolean initial = i == 0 || !Character.isLetter(word.charAt(i - 1));
            String latin = l == 'е' && initial ? "ye" : LETTERS.get(l);
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.append(ending).toString();
    }
}
