package org.wirewatch.core.extract.ner.learn;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.lang.ru.RussianNewsRomanization;
import org.wirewatch.lang.uk.UkrainianNationalRomanization;

/**
 * Labelled words for the name-type model, taken from shipped, permissively licensed data only:
 * the name tags of the Ukrainian (VESUM) and Russian (LanguageTool/AOT) dictionaries with their
 * inflected forms, ordinary nouns and adjectives of those dictionaries and of the English one
 * written with a capital (as at the start of a sentence) as words that are not names, the curated
 * knowledge base with CLDR's country names, CLDR's city names, and transliterations of the
 * Cyrillic names into Latin letters (ICU's BGN tables, the Ukrainian national system and the
 * simpler spelling of Russian names in English news), as English news writes them. No annotated text is used.
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
    private final Transliterator russianBgn = Transliterator.getInstance("Russian-Latin/BGN");
    private final Transliterator ukrainianBgn = Transliterator.getInstance("Ukrainian-Latin/BGN");

    /**
     * @param morphologies the "en", "ru" and "uk" morphologies (others are ignored)
     * @param sampling     1024 keeps every inflected form; smaller values keep proportionally fewer
     */
    public DistantSupervision(Map<String, Morphology> morphologies, KnowledgeBase kb, int sampling) {
        this.morphologies = Map.copyOf(morphologies);
        this.kb = kb;
        this.personRate = sampling / 16;
        this.placeRate = sampling;
        this.ordinaryRate = sampling / 8;
    }

    /** Every labelled word, conflicts removed, in a deterministic order. */
    public List<LabelledWord> examples() {
        Examples out = new Examples();
        Morphology uk = morphologies.get("uk");
        Morphology ru = morphologies.get("ru");
        Morphology en = morphologies.get("en");
        if (uk != null) ukrainian(uk, out);
        if (ru != null) russian(ru, out);
        if (en != null) english(en, out);
        knowledgeBase(out);
        cities(out);
        return out.list();
    }

    private void ukrainian(Morphology uk, Examples out) {
        uk.forEachDictionaryForm((form, r) -> {
            if (r.tag().contains("v_kly")) return; // vocatives: rare in news, and they blur the endings
            NameKind kind = kindOf(r.nameClass());
            if (kind != null) {
                if (!r.lemma().equals(form) && !sampled(form, kind)) return;
                out.add(form, kind, r.lemma(), "uk-dict");
                if (r.lemma().equals(form) && kind != NameKind.ORGANISATION) {
                    out.add(ukrainianBgn.transliterate(form), kind, r.lemma(), "uk-dict+latin");
                    out.add(UkrainianNationalRomanization.latin(form), kind, r.lemma(), "uk-dict+latin");
                }
            } else if (r.nameClass() == null && isOrdinary(r.tag(), "noun", "adj") && sampled(form, NameKind.NOT_A_NAME)) {
                addOrdinary(uk, form, r.lemma(), "uk-dict", out);
            }
        });
    }

    private void russian(Morphology ru, Examples out) {
        ru.forEachDictionaryForm((form, r) -> {
            NameKind kind = kindOf(r.nameClass());
            String word = capitalised(form);
            String lemma = capitalised(r.lemma());
            if (kind != null) {
                if (!r.lemma().equals(form) && !sampled(form, kind)) return;
                out.add(word, kind, lemma, "ru-dict");
                if (r.lemma().equals(form)) {
                    out.add(russianBgn.transliterate(word), kind, lemma, "ru-dict+latin");
                    out.add(RussianNewsRomanization.latin(word), kind, lemma, "ru-dict+latin");
                }
            } else if (isOrdinary(r.tag(), "NN", "ADJ") && sampled(form, NameKind.NOT_A_NAME)) {
                // Russian tags do not mark places (Москва is NN:Inanim): the morphology's own check
                // against the Ukrainian dictionary says whether the capitalised word is a name.
                addOrdinary(ru, word, lemma, "ru-dict", out);
            }
        });
    }

    private void english(Morphology en, Examples out) {
        en.forEachDictionaryForm((form, r) -> {
            if (r.nameClass() != null || form.isEmpty() || !Character.isLowerCase(form.charAt(0))) return;
            if (!form.chars().allMatch(c -> c >= 'a' && c <= 'z') || !sampled(form, NameKind.NOT_A_NAME)) return;
            addOrdinary(en, capitalised(form), capitalised(r.lemma()), "en-dict", out);
        });
    }

    /** A capitalised ordinary word, unless the dictionary also reads it capitalised as a name (Надія, Bill). */
    private static void addOrdinary(Morphology m, String form, String lemma, String source, Examples out) {
        String word = capitalised(form);
        if (word.length() < 3) return;
        NameKind kind = NameKind.NOT_A_NAME;
        for (Reading r : m.readings(word)) {
            if (!r.isProper()) continue;
            NameKind proper = kindOf(r.nameClass());
            if (proper == null || (kind != NameKind.NOT_A_NAME && kind != proper)) return;
            kind = proper;
        }
        out.add(word, kind, lemma, source);
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
            for (String lang : List.of("en", "ru", "uk")) {
                for (String label : e.labels(lang)) kbLabel(e, label, kind, source, out);
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
    private static void cities(Examples out) {
        Set<String> zones = new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
        for (String lang : List.of("en", "ru", "uk")) {
            TimeZoneNames names = TimeZoneNames.getInstance(ULocale.forLanguageTag(lang));
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

    private static boolean isOrdinary(String tag, String noun, String adjective) {
        return (tag.startsWith(noun) || tag.startsWith(adjective)) && !tag.contains("prop") && !tag.contains("abbr");
    }

    static NameKind kindOf(NameClass c) {
        if (c == null) return null;
        return switch (c) {
            case FIRST_NAME, SURNAME, PATRONYMIC -> NameKind.PERSON;
            case PLACE -> NameKind.PLACE;
            case ORGANIZATION -> NameKind.ORGANISATION;
            case OTHER_PROPER -> null;
        };
    }

    static String capitalised(String s) {
        if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Words with their first kind; a word seen with another kind is dropped for good. */
    private static final class Examples {
        private final Map<String, LabelledWord> byWord = new LinkedHashMap<>();
        private final Set<String> conflicted = new HashSet<>();

        void add(String word, NameKind kind, String lemma, String source) {
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
