package org.wirewatch.core.extract.ner;

import java.util.Optional;
import org.wirewatch.core.extract.ner.learn.BundledNameTypeModel;
import org.wirewatch.core.extract.ner.learn.Prediction;

/**
 * A learned guess at what a capitalised word the knowledge base, the dictionaries and the cues
 * leave undecided names. The recogniser asks only about such words and never lets the guess
 * override other evidence. Implementations are thread-safe.
 */
public interface WordTypeGuesser {
    /** No guesses: the rules alone. */
    WordTypeGuesser NONE = word -> Optional.empty();

    /** The bundled name-type model (docs/ner-model.md), read on the first guess. */
    static WordTypeGuesser bundled() {
        return word -> Optional.of(BundledNameTypeModel.get().predict(word));
    }

    Optional<Prediction> guess(String word);
}
