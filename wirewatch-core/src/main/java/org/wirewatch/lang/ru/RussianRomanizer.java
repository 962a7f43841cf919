package org.wirewatch.lang.ru;
import org.wirewatch.core.linguistics.names.IcuTransform;
import org.wirewatch.core.linguistics.names.Romanizer;

/**
 * Russian: ICU's {@code Russian-Latin/BGN} (Блинкен → Blinken, Зеленский → Zelenskiy), then
 * Ukrainian BGN for the Ukrainian letters a Russian text may quote, then {@code Any-Latin}.
 */
final class RussianRomanizer implements Romanizer {
    private final IcuTransform bgn = new IcuTransform("Russian-Latin/BGN; Ukrainian-Latin/BGN; Any-Latin");

    @Override
    public String language() {
        return "ru";
    }

    @Override
    public String latin(String name) {
        return bgn.apply(name);
    }

    /**
     * Inside a word after a consonant, Russian writes э almost only for the English vowel of
     * Lammy, David, Cameron, May (Лэмми, Дэвид, Кэмерон, Мэй), which English spells a; BGN's
     * e there would keep them from meeting their English spelling. At the start of a word
     * (Эрдоган, Эстония) and after a vowel, э stays e.
     */
    @Override
    public String forKey(String name) {
        StringBuilder s = new StringBuilder(name);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'э' || c == 'Э') && isConsonant(s.charAt(i - 1))) s.setCharAt(i, c == 'э' ? 'а' : 'А');
        }
        return latin(s.toString());
    }

    private static boolean isConsonant(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && Character.isLetter(c)
                && "аеёиоуыэюяьъ".indexOf(Character.toLowerCase(c)) < 0;
    }
}
