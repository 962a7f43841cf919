package org.wirewatch.lang.uk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewatch.core.linguistics.morph.DictionaryEntry;
import org.wirewatch.core.linguistics.morph.DictionaryMorphology;
import org.wirewatch.core.linguistics.morph.MorfologikDictionary;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.NameEndings;
import org.wirewatch.core.linguistics.morph.NameLexicon;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.model.Check;

/**
 * Ukrainian, from VESUM ({@code ukrainian.dict} in {@code morfologik-ukrainian-lt}): tags such as
 * {@code noun:anim:m:v_rod:prop:lname} mark proper names and their kind, and lemmas keep their
 * capitals. A {@code prop} reading is a first name, surname, patronymic or place by its
 * {@code fname}/{@code lname}/{@code pname}/{@code geo} tag; a bare {@code prop} takes its class
 * from VESUM's semantic tags ({@link #semanticClass}), else an abbreviation (НАТО, ООН, ЄС) or an
 * inanimate name (Укренерго, Київстар, Інтерфакс) is an organisation and an animate one is
 * {@link NameClass#OTHER_PROPER}.
 *
 * <p>Thread-safe; the dictionary (3.3 MB) and the semantic tags (~5 MB of heap) are read on first
 * use, each once.
 */
public final class UkrainianMorphology extends DictionaryMorphology {
    static final String DICTIONARY = "/org/languagetool/resource/uk/ukrainian.dict";

    private final SemanticTags semanticTags = new SemanticTags();
    private final NameEndings endings = new UkrainianNameEndings();

    public UkrainianMorphology() {
        super(new MorfologikDictionary(DICTIONARY));
    }

    @Override
    public String language() {
        return "uk";
    }

    /**
     * VESUM's semantic class of a capitalised lemma: Київ → PLACE, a bare {@code hum} name →
     * OTHER_PROPER, СНД → ORGANIZATION; empty for lemmas it does not list.
     */
    public Optional<NameClass> semanticClass(String lemma) {
        Check.notNullParam(lemma, "lemma");
        return semanticTags.of(lemma);
    }

    @Override
    protected NameClass nameClass(DictionaryEntry entry) {
        String tag = entry.tag();
        if (!tag.contains(":prop") && !tag.startsWith("prop")) return null;
        if (tag.contains(":fname")) return NameClass.FIRST_NAME;
        if (tag.contains(":lname")) return NameClass.SURNAME;
        if (tag.contains(":pname")) return NameClass.PATRONYMIC;
        if (tag.contains(":geo")) return NameClass.PLACE;
        Optional<NameClass> semantic = semanticTags.of(entry.lemma());
        if (semantic.isPresent()) return semantic.get();
        if (tag.contains(":abbr")) return NameClass.ORGANIZATION;
        return tag.startsWith("noun:anim") ? NameClass.OTHER_PROPER : NameClass.ORGANIZATION;
    }

    /** VESUM writes the case as one part of the tag: "noun:inanim:n:v_rod". */
    @Override
    public boolean canBeGenitive(String wordForm) {
        for (Reading r : readings(wordForm)) if (r.tag().contains(":v_rod")) return true;
        return false;
    }

    /** VESUM marks pronouns and pronominal adjectives with a "pron" part: "adj:p:v_rod:pron:def". */
    @Override
    public boolean canBePronoun(String wordForm) {
        for (Reading r : readings(wordForm)) if (r.tag().contains(":pron")) return true;
        return false;
    }

    @Override
    protected boolean isNoun(Reading r) {
        return r.tag().startsWith("noun");
    }

    @Override
    protected boolean isAdjective(Reading r) {
        return r.tag().startsWith("adj");
    }

    @Override
    protected String unknownLemma(String form, NameClass hint) {
        return endings.candidates(form, hint).get(0);
    }

    /** This dictionary as a lexicon of names for another language's morphology to consult. */
    @Override
    public Optional<NameLexicon> asNameLexicon() {
        return Optional.of(lexicon());
    }

    private NameLexicon lexicon() {
        return new NameLexicon() {
            @Override
            public List<Reading> properReadingsOf(String baseForm) {
                return UkrainianMorphology.this.properReadingsOf(baseForm);
            }

            @Override
            public boolean isCommonNoun(String lowerCaseForm) {
                return UkrainianMorphology.this.isCommonNoun(lowerCaseForm);
            }
        };
    }

    private List<Reading> properReadingsOf(String baseForm) {
        List<Reading> out = new ArrayList<>(2);
        for (DictionaryEntry entry : dictionary().lookup(baseForm)) {
            NameClass nameClass = entry.lemma().equals(baseForm) ? nameClass(entry) : null;
            if (nameClass != null) out.add(new Reading(entry.lemma(), entry.tag(), nameClass));
        }
        return out;
    }

    private boolean isCommonNoun(String lowerCaseForm) {
        for (DictionaryEntry entry : dictionary().lookup(lowerCaseForm)) {
            if (entry.tag().startsWith("noun") && nameClass(entry) == null && entry.lemma().equals(lowerCaseForm)) return true;
        }
        return false;
    }

    public boolean semanticTagsLoaded() {
        return semanticTags.isLoaded();
    }
}
