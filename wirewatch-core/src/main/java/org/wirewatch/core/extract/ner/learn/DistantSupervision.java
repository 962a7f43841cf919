package org.wirewatch.core.extract.ner.learn;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * Labelled words for the name-type model, taken from shipped, permissively licensed data only:
 * what each language pack's dictionary teaches ({@link DictionaryNames}, discovered: the name tags
 * of the Ukrainian and Russian dictionaries with their inflected forms and Latin spellings,
 * capitalised ordinary words of those and the English one as words that are not names), the
 * curated knowledge base with CLDR's country names, and CLDR's city names, in the languages of
 * those dictionaries. No annotated text is used.
 *
 * <p>Forms are sampled deterministically (by a hash of the form), so the same dictionaries give
 * the same examples. A word given two different kinds by different sources is dropped: it is
 * ambiguous as a word and only context can type it.
 */
public final class DistantSupervision {
    /** Share (per 1024) of the inflected forms of each kind kept; base forms are always kept. */
    private final int personRate;
    private final int placeRate;
    private final int ordinaryRate;
    private final Map<String, Morphology> morphologies;
    private final KnowledgeBase kb;
    /** Every language that teaches names from its dictionary, by code in order; the knowledge base and CLDR are read in these languages. */
    private final List<DictionaryNames> dictionaries;

    /**
     * @param morphologies the dictionaries to learn from, by language code (a language without
     *                     {@link DictionaryNames} is ignored)
     * @param sampling     1024 keeps every inflected form; smaller values keep proportionally fewer
     */
    public DistantSupervision(Map<String, Morphology> morphologies, KnowledgeBase kb, int sampling) {
        this.morphologies = Map.copyOf(morphologies);
        List<DictionaryNames> found = new ArrayList<>();
        ServiceLoader.load(DictionaryNames.class, DistantSupervision.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(DictionaryNames::language));
        this.dictionaries = List.copyOf(found);
        this.kb = kb;
        this.personRate = sampling / 16;
        this.placeRate = sampling;
        this.ordinaryRate = sampling / 8;
    }

    /** Every labelled word, conflicts removed, in a deterministic order. */
    public List<LabelledWord> examples() {
        Examples out = new Examples(this::sampled);
        for (DictionaryNames d : dictionaries) {
            Morphology m = morphologies.get(d.language());
            if (m != null) d.addExamples(m, out);
        }
        knowledgeBase(out);
        cities(out);
        return out.list();
    }

    private void knowledgeBase(Examples out) {
        // Sorted: the knowledge base lists its entities in no fixed order, and the order of the examples shapes the model.
        kb.entities().sorted(Comparator.comparing(KbEntity::id)).forEach(e -> {
            NameKind kind = switch (e.type()) {
                case PER -> NameKind.PERSON;
                case LOC -> NameKind.PLACE;
                case ORG -> NameKind.ORGANISATION;
                case MISC -> null;
            };
            if (kind == null) return;
            String source = e.id().startsWith("iso:") ? "cldr" : "kb";
            for (DictionaryNames d : dictionaries) {
                for (String label : e.labels(d.language())) kbLabel(e, label, kind, source, out);
            }
        });
    }

    /** One-word labels as they are; of a person's full name, each word is a name of that person. */
    private static void kbLabel(KbEntity e, String label, NameKind kind, String source, Examples out) {
        String[] words = label.split(" ");
        if (words.length == 1) {
            out.add(label, kind, e.id(), source);
        } else if (kind == NameKind.PERSON) {
            for (String w : words) if (w.length() > 2 && !w.endsWith(".")) out.add(w, kind, e.id(), source);
        }
    }

    /** CLDR's exemplar cities of the time zones, one-word names only ("Kyiv", "Киев", "Київ"). */
    private void cities(Examples out) {
        Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
        for (DictionaryNames d : dictionaries) {
            TimeZoneNames names = TimeZoneNames.getInstance(ULocale.forLanguageTag(d.language()));
            for (String zone : zones) {
                String city = names.getExemplarLocationName(zone);
                if (city != null && !city.contains(" ")) out.add(city, NameKind.PLACE, "zone:" + zone, "cldr-city");
            }
        }
    }

    private boolean sampled(String form, NameKind kind) {
        int rate = switch (kind) {
            case PERSON -> personRate;
            case PLACE, ORGANISATION -> placeRate;
            case NOT_A_NAME -> ordinaryRate;
        };
        return (mix(form.hashCode()) & 1023) < rate;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Words with their first kind; a word seen with another kind is dropped for good. */
    private static final class Examples implements NameExamples {
        private final Map<String, LabelledWord> byWord = new LinkedHashMap<>();
        private final Set<String> conflicted = new HashSet<>();
        private final java.util.function.BiPredicate<String, NameKind> sampling;

        Examples(java.util.function.BiPredicate<String, NameKind> sampling) {
            this.sampling = sampling;
        }

        @Override
        public boolean sampled(String form, NameKind kind) {
            return sampling.test(form, kind);
        }

        @Override
        public void add(String word, NameKind kind, String lemma, String source) {
            if (word.isEmpty() || conflicted.contains(word) || !word.codePoints().allMatch(DistantSupervision::nameChar)) return;
            LabelledWord previous = byWord.get(word);
            if (previous == null) {
                byWord.put(word, new LabelledWord(word, kind, lemma.toLowerCase(Locale.ROOT), source));
            } else if (previous.kind() != kind) {
                byWord.remove(word);
                conflicted.add(word);
            }
        }

        List<LabelledWord> list() {
            return new ArrayList<>(byWord.values());
        }
    }

    private static boolean nameChar(int c) {
        return Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
