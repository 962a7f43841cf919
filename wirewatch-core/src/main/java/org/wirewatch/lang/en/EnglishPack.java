package org.wirewatch.lang.en;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflection;
import org.wirewatch.core.linguistics.morph.Morphology;

/** English: the bare Latin alphabet; next to Azerbaijani its one marker is w. Its files sit in {@code org/wirewatch/lang/en/}. */
public final class EnglishPack extends BundledLanguagePack {
    public EnglishPack() {
        super("en");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.LATIN, "abcdefghijklmnopqrstuvwxyz"));
    }

    @Override
    public Optional<Morphology> morphology(LanguagePacks packs) {
        return Optional.of(new EnglishMorphology());
    }

    @Override
    public Optional<DemonymInflection> demonymInflection() {
        return Optional.of(new EnglishDemonymInflection());
    }

    @Override
    public Optional<String> indexAnalyzer() {
        return Optional.of("org.apache.lucene.analysis.en.EnglishAnalyzer");
    }
}
