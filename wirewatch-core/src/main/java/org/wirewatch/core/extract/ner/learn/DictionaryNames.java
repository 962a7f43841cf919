package org.wirewatch.core.extract.ner.learn;

import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * What one language's dictionary teaches the name-type model: which of its forms are names of
 * which kind, and which capitalised ordinary words are not names. A language pack that has a
 * dictionary may provide one (in its own package, declared in
 * {@code META-INF/services/org.wirewatch.core.extract.ner.learn.DictionaryNames});
 * {@link DistantSupervision} discovers them, and lists no language itself.
 */
public interface DictionaryNames {

    /** The ISO 639-1 code of the dictionary's language. */
    String language();

    /** Adds the dictionary's labelled forms, sampled as {@code out} says. */
    void addExamples(Morphology dictionary, NameExamples out);
}
