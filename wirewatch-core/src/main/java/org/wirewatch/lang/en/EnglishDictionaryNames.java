package org.wirewatch.lang.en;

import org.wirewatch.core.extract.ner.learn.DictionaryNames;
import org.wirewatch.core.extract.ner.learn.NameExamples;
import org.wirewatch.core.extract.ner.learn.NameKind;
import org.wirewatch.core.linguistics.morph.Morphology;

/** Ordinary English words of plain letters, written with a capital (as at the start of a sentence), as non-names. */
public final class EnglishDictionaryNames implements DictionaryNames {

    @Override
    public String language() {
        return "en";
    }

    @Override
    public void addExamples(Morphology en, NameExamples out) {
        en.forEachDictionaryForm((form, r) -> {
            if (r.nameClass() != null || form.isEmpty() || !Character.isLowerCase(form.charAt(0))) return;
            if (!form.chars().allMatch(c -> c >= 'a' && c <= 'z') || !out.sampled(form, NameKind.NOT_A_NAME)) return;
            out.addOrdinary(en, NameExamples.capitalised(form), NameExamples.capitalised(r.lemma()), "en-dict");
        });
    }
}
