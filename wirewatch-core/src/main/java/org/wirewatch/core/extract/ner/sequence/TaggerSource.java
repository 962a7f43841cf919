package org.wirewatch.core.extract.ner.sequence;

import java.util.Optional;
import org.wirewatch.core.linguistics.morph.Morphologies;

/**
 * Where the entity recogniser gets a sequence tagger for a language. Empty for a language means
 * the rules decide the names there. Implementations are thread-safe.
 */
public interface TaggerSource {
    /** No models: the rules everywhere ({@code --ner rules}). */
    TaggerSource NONE = lang -> Optional.empty();

    Optional<SequenceTagger> forLanguage(String lang);

    /** The models on the class path (the {@code wirewatch-models} jar), each read on first use. */
    static TaggerSource bundled(Morphologies morphologies) {
        return new BundledSequenceModels(morphologies);
    }
}
