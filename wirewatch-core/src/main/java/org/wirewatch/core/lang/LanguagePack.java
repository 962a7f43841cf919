package org.wirewatch.core.lang;

import java.util.Optional;
import org.wirewatch.core.linguistics.morph.DemonymInflection;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.names.Romanizer;
import org.wirewatch.core.model.Language;

/**
 * Everything Wirewatch knows of one language, in one place: its bundled files (cue lists,
 * grammars, abbreviations: see {@code docs/cue-files.md}) and the few parts that are code (the
 * morphology over its dictionary, its romanisation, how its adjectives inflect). Each stage takes
 * what it needs from the pack and reports the language unsupported when the pack lacks it; no
 * stage lists languages. Packs are found with {@link java.util.ServiceLoader}, so adding a
 * language is adding a package with a pack class, its resource folder, and a line in
 * {@code META-INF/services/org.wirewatch.core.lang.LanguagePack} (see docs/architecture.md).
 *
 * <p>Implementations are immutable and cheap to construct: nothing is read until a stage asks,
 * and what is heavy (dictionaries) is loaded once per {@link LanguagePacks}.
 */
public interface LanguagePack {

    Language language();

    /** The pack's bundled file of this name ("dates.cues"); empty when the pack has none. */
    Optional<PackFile> file(String name);

    /** The letters the language writes, for identification; empty when the pack does not say. */
    default Optional<Alphabet> alphabet() {
        return Optional.empty();
    }

    /**
     * The morphology over the language's dictionary; empty for a language without one. Called
     * once per {@link LanguagePacks}; {@code packs} gives the morphologies of other languages a
     * pack may consult (Russian checks names against the Ukrainian dictionary).
     */
    default Optional<Morphology> morphology(LanguagePacks packs) {
        return Optional.empty();
    }

    /** How the language's names are written in Latin letters; empty for Latin-script languages. */
    default Optional<Romanizer> romanizer() {
        return Optional.empty();
    }

    /** How the language inflects adjectives of nationality ("российские", "українського"); empty when not at all. */
    default Optional<DemonymInflection> demonymInflection() {
        return Optional.empty();
    }

    /**
     * The Lucene analyzer that indexes the language's text, as a class name with a public no-argument
     * constructor ("org.apache.lucene.analysis.ru.RussianAnalyzer"); empty for the generic one.
     */
    default Optional<String> indexAnalyzer() {
        return Optional.empty();
    }
}
