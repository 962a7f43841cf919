package org.wirewatch.lang.uk;
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
 * Ukrainian suffix rules for names VESUM does not know, in the order of
 * {@link RussianNameEndings}: adjectival surnames first (-ського, -ському, -ським, -ськім, -ська,
 * -ської, -ській, -ську, -ською → -ський, and -цький); indeclinable forms kept (-о, -е, -і/-и after a vowel or a double
 * consonant: Франко, Рютте, Ламмі); -і after a consonant is a locative to cut for a place but
 * the end of an indeclinable name for a person or when the kind is not known (Каволі, Мелоні);
 * possessive surnames in -ов/-ев/-єв/-ін/-ин/-їн; nouns in -ія; stems ending
 * in a vowel (Андрія, Андрієм, Андрієві) → -й; otherwise the case endings of nouns (-ові, -еві,
 * -ом, -ем, -ою, -ею, -ої, -а, -у, -ю, -я, -и, -і, -ь) are cut, undoing г→з and к→ц before -і
 * (Празі → Праг, as Прага → Праг). Like the Russian rules these cut an -а nominative too, so that
 * all forms of one name agree.
 */
public final class UkrainianNameEndings implements NameEndings {
    static final String VOWELS = "аеєиіїоуюя";

    private static final List<EndingRule> ADJECTIVAL = adjectival("ськ", "цьк");
    private static final List<String> POSSESSIVE_SUFFIXES = List.of("ов", "ев", "єв", "ін", "ин", "їн");
    private static final List<EndingRule> POSSESSIVE = EndingRule.possessive(POSSESSIVE_SUFFIXES,
            List.of("ові", "ими", "им", "ою", "ої", "ій", "их", "а", "у", "і", "и"));
    /**
     * A form in -ові is read as the dative of any masculine noun (Грумбельтові → Грумбельт), not
     * as Іванов + і: the former is by far the commoner among names VESUM lacks.
     */
    private static final List<EndingRule> POSSESSIVE_BEFORE_VI = EndingRule.possessive(POSSESSIVE_SUFFIXES,
            List.of("ові"));
    private static final List<EndingRule> IJA = List.of(
            EndingRule.of("ією", "ія"), EndingRule.of("ії", "ія"), EndingRule.of("ію", "ія"), EndingRule.of("ія", "ія"));
    /** Stems in -а, -е, -і, -и, -у… + й (Андрій, Миколай); not -о, whose -ою is a case ending. */
    private static final String STEM_VOWELS = "аеєиіїуюя";
    private static final List<EndingRule> VOWEL_STEM = List.of(
            EndingRule.after(STEM_VOWELS, "єві", "й"), EndingRule.after(STEM_VOWELS, "єм", "й"),
            EndingRule.after(STEM_VOWELS, "й", "й"), EndingRule.after(STEM_VOWELS, "я", "й"),
            EndingRule.after(STEM_VOWELS, "ю", "й"));
    private static final List<EndingRule> NOUN = List.of(
            EndingRule.of("ові", ""), EndingRule.of("еві", ""), EndingRule.of("ом", ""), EndingRule.of("ем", ""),
            EndingRule.of("ою", ""), EndingRule.of("ею", ""), EndingRule.of("ої", ""),
            EndingRule.of("зі", "г"), EndingRule.of("ці", "к"),
            EndingRule.of("а", ""), EndingRule.of("у", ""), EndingRule.of("ю", ""), EndingRule.of("я", ""),
            EndingRule.of("и", ""), EndingRule.of("і", ""), EndingRule.of("ь", ""));

    @Override
    public List<String> candidates(String form, NameClass hint) {
        String w = Casing.lower(form);
        if (w.length() < 3 || !Cyrillic.isWord(w)) return List.of(form);
        Set<String> out = new LinkedHashSet<>();
        guess(w, hint, out);
        out.add(w);
        List<String> cased = new ArrayList<>(out.size());
        for (String candidate : out) cased.add(Casing.like(candidate, form));
        return List.copyOf(new LinkedHashSet<>(cased));
    }

    private static void guess(String w, NameClass hint, Set<String> out) {
        String base = EndingRule.first(ADJECTIVAL, w);
        if (base == null && indeclinable(w, hint)) return;
        if (base == null) base = EndingRule.first(w.endsWith("ві") ? POSSESSIVE_BEFORE_VI : POSSESSIVE, w);
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
    }

    static boolean indeclinable(String w, NameClass hint) {
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        if (last == 'о' || last == 'е') return true;
        if (last != 'і' && last != 'и') return false;
        if (w.endsWith("ові") || w.endsWith("еві") || w.endsWith("єві")) return false;   // masculine dative, unmistakable
        if (Cyrillic.isDoubled(w, w.length() - 2) || VOWELS.indexOf(before) >= 0) return !w.endsWith("ії");
        // A place's -і is its locative (у Рамштайні); a person's is the end of a foreign name.
        return last == 'і' && hint != NameClass.PLACE;
    }

    private static List<EndingRule> adjectival(String... stems) {
        List<EndingRule> rules = new ArrayList<>();
        for (String s : stems) {
            for (String ending : List.of("ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою")) {
                rules.add(EndingRule.of(s + ending, s + "ий"));
            }
        }
        return List.copyOf(rules);
    }
}
