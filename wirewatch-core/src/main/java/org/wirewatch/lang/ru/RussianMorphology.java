package org.wirewatch.lang.ru;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.core.linguistics.morph.Casing;
import org.wirewatch.core.linguistics.morph.DictionaryEntry;
import org.wirewatch.core.linguistics.morph.DictionaryMorphology;
import org.wirewatch.core.linguistics.morph.MorfologikDictionary;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.NameEndings;
import org.wirewatch.core.linguistics.morph.NameLexicon;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * Russian, from LanguageTool's {@code russian.dict} (the AOT dictionary; {@code koi8-r}, lemmas
 * in lower case). Its tags mark first names ({@code NN:Name}), surnames ({@code NN:Fam}) and
 * patronymics ({@code NN:Patr}) but not places or organisations: Брюссель, Москва and стол are
 * all {@code NN:Inanim}. So for a capitalised form, a noun or abbreviation reading is checked
 * against the Ukrainian dictionary under its Ukrainian spellings ({@link UkrainianSpellings}):
 * where VESUM has it as a proper name and not as an ordinary noun, the reading is that kind of
 * name (брюссель → PLACE, нато → ORGANIZATION, трамп → SURNAME); where VESUM has both (мир/Мир),
 * both readings are returned. The same check confirms base forms of names neither dictionary
 * has in Russian (Блинкена → Блинкен via Блінкен, Сибигой → Сибига via Сибіга).
 *
 * <p>Thread-safe; the dictionary (2.3 MB) is read on first use, the Ukrainian one when a
 * capitalised noun first needs checking.
 */
public final class RussianMorphology extends DictionaryMorphology {
    static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    /** Tag prefix of readings borrowed from the Ukrainian dictionary. */
    public static final String BORROWED = "uk:";

    private final NameEndings endings = new RussianNameEndings();
    private final UkrainianCrossCheck crossCheck;

    /**
     * A Russian morphology that checks names against {@code ukrainian}, the Ukrainian morphology's
     * lexicon (shared, not read twice); {@link NameLexicon#NONE} when there is no Ukrainian pack.
     */
    public RussianMorphology(NameLexicon ukrainian) {
        super(new MorfologikDictionary(DICTIONARY));
        this.crossCheck = new UkrainianCrossCheck(ukrainian);
    }

    @Override
    public String language() {
        return "ru";
    }

    /** The dictionary holds lower case only. */
    @Override
    protected List<String> lookupForms(String wordForm) {
        return List.of(Casing.lower(wordForm));
    }

    /**
     * The dictionary's readings; for a capitalised form it does not know at all, the readings of
     * its likeliest base form that the Ukrainian dictionary has as a name, tagged {@link #BORROWED}
     * + the VESUM tag: Байдена → Байден, SURNAME; Рютте → Рютте, SURNAME.
     */
    @Override
    protected List<List<Reading>> readingGroups(String wordForm) {
        List<List<Reading>> known = super.readingGroups(wordForm);
        if (!known.isEmpty() || !Casing.isCapitalised(wordForm)) return known;
        for (String candidate : endings.candidates(wordForm, null)) {
            UkrainianCrossCheck.Verdict verdict = crossCheck.check(candidate, false);
            if (!verdict.isName()) continue;
            List<Reading> borrowed = new ArrayList<>();
            verdict.tags().forEach((nameClass, tag) -> borrowed.add(new Reading(candidate, BORROWED + tag, nameClass)));
            return List.of(List.copyOf(borrowed));
        }
        return known;
    }

    @Override
    protected NameClass nameClass(DictionaryEntry entry) {
        String tag = entry.tag();
        if (tag.startsWith("NN:Name")) return NameClass.FIRST_NAME;
        if (tag.startsWith("NN:Fam")) return NameClass.SURNAME;
        return tag.startsWith("NN:Patr") ? NameClass.PATRONYMIC : null;
    }

    /**
     * Readings by tag; for a capitalised form, nouns and abbreviations also by what the Ukrainian
     * dictionary says of their lemma. Where the Russian dictionary itself lists the lemma as a
     * person's name too (Надежда, Харьков), its noun reading is kept as an ordinary word beside
     * any name: the Ukrainian village Надежда must not make hope a place.
     */
    @Override
    protected void interpret(List<DictionaryEntry> entries, String wordForm, Set<Reading> out) {
        Set<String> personLemmas = new HashSet<>();
        for (DictionaryEntry entry : entries) if (nameClass(entry) != null) personLemmas.add(entry.lemma());
        for (DictionaryEntry entry : entries) {
            NameClass byTag = nameClass(entry);
            if (byTag != null) {
                out.add(new Reading(properLemma(entry.lemma(), wordForm, false), entry.tag(), byTag));
            } else if (!Casing.isCapitalised(wordForm) || !checkable(entry, wordForm)) {
                out.add(new Reading(entry.lemma(), entry.tag(), null));
            } else {
                crossChecked(entry, wordForm, personLemmas.contains(entry.lemma()), out);
            }
        }
    }

    private void crossChecked(DictionaryEntry entry, String wordForm, boolean alsoPerson, Set<Reading> out) {
        UkrainianCrossCheck.Verdict verdict = crossCheck.check(entry.lemma(), entry.tag().startsWith("ABR"));
        for (NameClass nameClass : verdict.classes()) {
            out.add(new Reading(properLemma(entry.lemma(), wordForm, verdict.upperCase()), entry.tag(), nameClass));
        }
        if (alsoPerson || verdict.common() || !verdict.isName()) out.add(new Reading(entry.lemma(), entry.tag(), null));
    }

    /**
     * Nouns and abbreviations may be names the tags do not mark; plural forms only where the
     * plural is the base form (Афины), since names are used in the singular and an odd plural
     * of a common word (мир as the genitive plural of миро) must not make it one.
     */
    private static boolean checkable(DictionaryEntry entry, String wordForm) {
        String tag = entry.tag();
        if (tag.startsWith("ABR")) return true;
        if (!tag.startsWith("NN")) return false;
        return !tag.contains(":PL") || entry.lemma().equals(Casing.lower(wordForm));
    }

    /** A lower-case dictionary lemma as a name: capitalised like the form, or all capitals for НАТО. */
    private static String properLemma(String lemma, String wordForm, boolean upperCase) {
        if (upperCase) return lemma.toUpperCase(Locale.ROOT);
        String cased = Casing.like(lemma, wordForm);
        return Casing.isCapitalised(cased) ? cased : Casing.title(cased);
    }

    /** The case is the tag's last part: "NN:Inanim:Neut:Sin:R" (R, родительный). */
    @Override
    public boolean canBeGenitive(String wordForm) {
        for (Reading r : readings(wordForm)) if (r.tag().endsWith(":R")) return true;
        return false;
    }

    /** Pronoun nouns are "PNN:…", pronominal adjectives "ADJ:MPR:…" ("других", "своих"). */
    @Override
    public boolean canBePronoun(String wordForm) {
        for (Reading r : readings(wordForm)) if (r.tag().startsWith("PNN") || r.tag().startsWith("ADJ:MPR")) return true;
        return false;
    }

    @Override
    protected boolean isNoun(Reading r) {
        return r.tag().startsWith("NN");
    }

    @Override
    protected boolean isAdjective(Reading r) {
        return r.tag().startsWith("ADJ");
    }

    /** Reached only when neither dictionary knows any base form: the consistent guess. */
    @Override
    protected String unknownLemma(String form, NameClass hint) {
        return endings.candidates(form, hint).get(0);
    }
}
