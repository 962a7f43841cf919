package org.wirewatch.lang.uk;

import com.ibm.icu.text.Transliterator;
import org.wirewatch.core.extract.ner.learn.DictionaryNames;
import org.wirewatch.core.extract.ner.learn.NameExamples;
import org.wirewatch.core.extract.ner.learn.NameKind;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * The name tags of VESUM with their inflected forms, each base form also in Latin letters (ICU's
 * BGN table and the national system), and capitalised ordinary nouns and adjectives as non-names.
 */
public final class UkrainianDictionaryNames implements DictionaryNames {
    private final Transliterator bgn = Transliterator.getInstance("Ukrainian-Latin/BGN");

    @Override
    public String language() {
        return "uk";
    }

    @Override
    public void addExamples(Morphology uk, NameExamples out) {
        uk.forEachDictionaryForm((form, r) -> {
            if (r.tag().contains("v_kly")) return; // vocatives: rare in news, and they blur the endings
            NameKind kind = NameExamples.kindOf(r.nameClass());
            if (kind != null) {
                if (!r.lemma().equals(form) && !out.sampled(form, kind)) return;
                out.add(form, kind, r.lemma(), "uk-dict");
                if (r.lemma().equals(form) && kind != NameKind.ORGANISATION) {
                    out.add(bgn.transliterate(form), kind, r.lemma(), "uk-dict+latin");
                    out.add(UkrainianNationalRomanization.latin(form), kind, r.lemma(), "uk-dict+latin");
                }
            } else if (r.nameClass() == null && NameExamples.isOrdinary(r.tag(), "noun", "adj") && out.sampled(form, NameKind.NOT_A_NAME)) {
                out.addOrdinary(uk, form, r.lemma(), "uk-dict");
            }
        });
    }
}
