package org.wirewatch.lang.uk;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflection;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.names.Romanizer;

/** Ukrainian: next to Russian its markers are і, ї, є and ґ. Its files sit in {@code org/wirewatch/lang/uk/}. */
public final class UkrainianPack extends BundledLanguagePack {
    public UkrainianPack() {
        super("uk");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.CYRILLIC, "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"));
    }

    @Override
    public Optional<Morphology> morphology(LanguagePacks packs) {
        return Optional.of(new UkrainianMorphology());
    }

    @Override
    public Optional<Romanizer> romanizer() {
        return Optional.of(new UkrainianRomanizer());
    }

    @Override
    public Optional<DemonymInflection> demonymInflection() {
        return Optional.of(new UkrainianDemonymInflection());
    }

    @Override
    public Optional<String> indexAnalyzer() {
        return Optional.of("org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer");
    }
}
