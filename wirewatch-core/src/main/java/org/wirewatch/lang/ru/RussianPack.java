package org.wirewatch.lang.ru;

import java.util.Optional;
import org.wirewatch.core.lang.Alphabet;
import org.wirewatch.core.lang.BundledLanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflection;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.NameLexicon;
import org.wirewatch.core.linguistics.names.Romanizer;
import org.wirewatch.core.model.Language;

/** Russian: next to Ukrainian its markers are ы, э, ъ and ё. Its files sit in {@code org/wirewatch/lang/ru/}. */
public final class RussianPack extends BundledLanguagePack {
    private static final Language UKRAINIAN = Language.of("uk");

    public RussianPack() {
        super("ru");
    }

    @Override
    public Optional<Alphabet> alphabet() {
        return Optional.of(new Alphabet(Character.UnicodeScript.CYRILLIC, "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"));
    }

    @Override
    public Optional<Morphology> morphology(LanguagePacks packs) {
        NameLexicon ukrainian = packs.morphology(UKRAINIAN).flatMap(Morphology::asNameLexicon).orElse(NameLexicon.NONE);
        return Optional.of(new RussianMorphology(ukrainian));
    }

    @Override
    public Optional<Romanizer> romanizer() {
        return Optional.of(new RussianRomanizer());
    }

    @Override
    public Optional<DemonymInflection> demonymInflection() {
        return Optional.of(new RussianDemonymInflection());
    }

    @Override
    public Optional<String> indexAnalyzer() {
        return Optional.of("org.apache.lucene.analysis.ru.RussianAnalyzer");
    }
}
