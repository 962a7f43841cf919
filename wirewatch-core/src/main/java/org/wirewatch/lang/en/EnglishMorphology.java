package org.wirewatch.lang.en;
import org.wirewatch.core.linguistics.morph.DictionaryEntry;
import org.wirewatch.core.linguistics.morph.DictionaryMorphology;
import org.wirewatch.core.linguistics.morph.MorfologikDictionary;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.model.Check;

/**
 * English, from LanguageTool's {@code english.dict} (Penn tags; {@code NNP}/{@code NNPS} for
 * proper nouns). The dictionary does not say what kind of name a proper noun is, so every proper
 * reading is {@link NameClass#OTHER_PROPER}; English does not inflect names beyond the possessive
 * and the plural, so the base form of an unknown name is the name itself.
 *
 * <p>Thread-safe; the dictionary (1 MB) is read on first use.
 */
public final class EnglishMorphology extends DictionaryMorphology {
    static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";

    public EnglishMorphology() {
        super(new MorfologikDictionary(DICTIONARY));
    }

    @Override
    public String language() {
        return "en";
    }

    /** Blinken's, Blinken’s, the Bidens' → without the possessive. */
    @Override
    protected String core(String wordForm) {
        String w = wordForm;
        if (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S")) return w.substring(0, w.length() - 2);
        if (w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’"))) return w.substring(0, w.length() - 1);
        return w;
    }

    @Override
    protected NameClass nameClass(DictionaryEntry entry) {
        return entry.tag().startsWith("NNP") ? NameClass.OTHER_PROPER : null;
    }

    /**
     * The name without its possessive; a plural proper noun (Americans, the Kennedys) in the
     * singular, but only when the dictionary has no singular reading of the form itself, so
     * that Reuters stays Reuters. Common readings never count: Brussels is not a sprout.
     */
    @Override
    public String nameLemma(String wordForm, NameClass hint) {
        String core = core(Check.notNullParam(wordForm, "wordForm"));
        String plural = null;
        for (Reading r : readings(core)) {
            if (!r.isProper()) continue;
            if (r.lemma().equals(core)) return core;
            if (r.tag().equals("NNPS")) plural = r.lemma();
        }
        return plural != null ? plural : core;
    }

    @Override
    protected boolean isNoun(Reading r) {
        return false;
    }

    @Override
    protected boolean isAdjective(Reading r) {
        return false;
    }

    @Override
    protected String unknownLemma(String form, NameClass hint) {
        return form;
    }
}
