package org.wirewatch.lang.ru;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.linguistics.morph.Casing;
import org.wirewatch.core.linguistics.morph.Cyrillic;
import org.wirewatch.core.linguistics.morph.EndingRule;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.NameEndings;

/**
 * Russian suffix rules for names the dictionary does not know, tried in this order:
 * <ol>
 * <li>adjectival surnames: -ского, -скому, -ским, -ском, -ская, -ской, -скую → -ский (as the
 *     dictionary does, a woman's form goes to the man's: Зеленская → Зеленский), and -цкий;</li>
 * <li>indeclinable: -о, -э, and -и/-е after a vowel, a double consonant or (for -и) a letter after
 *     which no case ending is spelled -и (Каволи, Лэмми, Рютте, Порошенко);</li>
 * <li>possessive surnames in -ов/-ев/-ин/-ын with any case ending → the bare surname;</li>
 * <li>nouns in -ия (-ии, -ию, -ией) → -ия; stems ending in a vowel (Андрея, Андреем, Дубае) → -й;</li>
 * <li>otherwise the case endings of nouns (-ом, -ем, -ой, -ою, -ей, -а, -у, -ы, -е, -я, -ю, -ь,
 *     and -и after г к х ж ш ч щ) are cut off.</li>
 * </ol>
 * The last step cannot tell Блинкена (genitive of Блинкен) from Кулеба (a nominative), so it
 * always cuts: all forms of Кулеба then give Кулеб. The -а, -ь and -я nominatives are offered as
 * further candidates for a lexicon to confirm.
 */
public final class RussianNameEndings implements NameEndings {
    static final String VOWELS = "аеёиоуыэюя";
    /** After these letters the genitive of an -а noun is spelled -и, not -ы. */
    private static final String I_AFTER = "гкхжшчщ";

    private static final List<EndingRule> ADJECTIVAL = List.of(
            rule("ского", "ский"), rule("скому", "ский"), rule("ским", "ский"), rule("ском", "ский"),
            rule("ская", "ский"), rule("ской", "ский"), rule("скую", "ский"), rule("скою", "ский"),
            rule("цкого", "цкий"), rule("цкому", "цкий"), rule("цким", "цкий"), rule("цком", "цкий"),
            rule("цкая", "цкий"), rule("цкой", "цкий"), rule("цкую", "цкий"), rule("цкою", "цкий"));
    private static final List<EndingRule> POSSESSIVE = EndingRule.possessive(
            List.of("ов", "ев", "ёв", "ин", "ын"), List.of("ыми", "ым", "ой", "ою", "ых", "а", "у", "е", "ы"));
    private static final List<EndingRule> IJA = List.of(
            rule("ией", "ия"), rule("иею", "ия"), rule("ии", "ия"), rule("ию", "ия"), rule("ия", "ия"));
    /** Stems in -а, -е, -у, -и… + й (Андрей, Николай); not -о or -ы, whose -ой/-ою/-ые are case endings. */
    private static final String STEM_VOWELS = "аеёиуэюя";
    private static final List<EndingRule> VOWEL_STEM = List.of(
            EndingRule.after(STEM_VOWELS, "ем", "й"), EndingRule.after(STEM_VOWELS, "ём", "й"),
            EndingRule.after(STEM_VOWELS, "й", "й"), EndingRule.after(STEM_VOWELS, "я", "й"),
            EndingRule.after(STEM_VOWELS, "ю", "й"), EndingRule.after(STEM_VOWELS, "е", "й"));
    private static final List<EndingRule> NOUN = List.of(
            rule("ом", ""), rule("ем", ""), rule("ём", ""), rule("ой", ""), rule("ою", ""),
            rule("ей", ""), rule("ею", ""), rule("а", ""), rule("у", ""), rule("ы", ""), rule("е", ""),
            rule("я", ""), rule("ю", ""), rule("ь", ""), EndingRule.after(I_AFTER, "и", ""));

    @Override
    public List<String> candidates(String form, NameClass hint) {
        String w = Casing.lower(form);
        if (w.length() < 3 || !Cyrillic.isWord(w)) return List.of(form);
        Set<String> out = new LinkedHashSet<>();
        guess(w, out);
        out.add(w);
        List<String> cased = new ArrayList<>(out.size());
        for (String candidate : out) cased.add(Casing.like(candidate, form));
        return List.copyOf(new LinkedHashSet<>(cased));
    }

    private static void guess(String w, Set<String> out) {
        String base = EndingRule.first(ADJECTIVAL, w);
        if (base == null && indeclinable(w)) return;
        if (base == null) base = EndingRule.first(POSSESSIVE, w);
        if (base == null) base = EndingRule.first(IJA, w);
        if (base == null) base = EndingRule.first(VOWEL_STEM, w);
        if (base != null) {
            out.add(base);
            return;
        }
        String stem = EndingRule.first(NOUN, w);
        if (stem == null || Cyrillic.endsWithVowel(stem, VOWELS)) return;
        out.add(stem);
        out.add(stem + "а");
        out.add(stem + "ь");
        out.add(stem + "я");
    }

    static boolean indeclinable(String w) {
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        if (last == 'о' || last == 'э') return true;
        if (last != 'и' && last != 'е') return false;
        if (Cyrillic.isDoubled(w, w.length() - 2)) return true;
        if (last == 'е') return false;
        return before != 'и' && (VOWELS.indexOf(before) >= 0 || I_AFTER.indexOf(before) < 0);
    }

    private static EndingRule rule(String ending, String replacement) {
        return EndingRule.of(ending, replacement);
    }
}
