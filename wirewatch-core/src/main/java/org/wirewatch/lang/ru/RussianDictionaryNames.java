package org.wirewatch.lang.ru;

import com.ibm.icu.text.Transliterator;
import org.wirewatch.core.extract.ner.learn.DictionaryNames;
import org.wirewatch.core.extract.ner.learn.NameExamples;
import org.wirewatch.core.extract.ner.learn.NameKind;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * The name tags of the Russian dictionary (LanguageTool/AOT), capitalised, with their inflected
 * forms, each base form also in Latin letters (ICU's BGN table and the spelling of English news),
 * and capitalised ordinary nouns and adjectives as non-names.
 */
public final class RussianDictionaryNames implements DictionaryNames {
    private final Transliterator bgn = Transliterator.getInstance("Russian-Latin/BGN");

    @Override
    public String language() {
        return "ru";
    }

    @Override
    public void addExamples(Morphology ru, NameExamples out) {
        ru.forEachDictionaryForm((form, r) -> {
            NameKind kind = NameExamples.kindOf(r.nameClass());
            String word = NameExamples.capitalised(form);
            String lemma = NameExamples.capitalised(r.lemma());
            if (kind != null) {
                if (!r.lemma().equals(form) && !out.sampled(form, kind)) return;
                out.add(word, kind, lemma, "ru-dict");
                if (r.lemma().equals(form)) {
                    out.add(bgn.transliterate(word), kind, lemma, "ru-dict+latin");
                    out.add(RussianNewsRomanization.latin(word), kind, lemma, "ru-dict+latin");
                }
            } else if (NameExamples.isOrdinary(r.tag(), "NN", "ADJ") && out.sampled(form, NameKind.NOT_A_NAME)) {
                // Russian tags do not mark places (Москва is NN:Inanim): the morphology's own check
                // against the Ukrainian dictionary says whether the capitalised word is a name.
                out.addOrdinary(ru, word, lemma, "ru-dict");
            }
        });
    }
}
