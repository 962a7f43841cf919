package org.wirewatch.core.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.tone.SentimentMode;
import org.wirewatch.core.model.Check;

/**
 * How the pipeline runs.
 *
 * @param raw       keep the text exactly as given (no cleaning), so offsets line up with gold data
 * @param languages ISO 639-1 codes the language identifier chooses among
 * @param ner       whether the trained sequence models (where on the class path) or the rules decide the names
 * @param sentiment whether the trained target-sentiment models (where on the class path) or the rules decide entity sentiment
 * @param categories a directory of the user's category files, read besides the built-in ones; null for none
 */
public record PipelineSettings(boolean raw, Set<String> languages, NerMode ner, SentimentMode sentiment, Path categories) {
    /** Settings with the built-in categories only. */
    public PipelineSettings(boolean raw, Set<String> languages, NerMode ner, SentimentMode sentiment) {
        this(raw, languages, ner, sentiment, null);
    }

    /** Settings with the trained sentiment models where there are models. */
    public PipelineSettings(boolean raw, Set<String> languages, NerMode ner) {
        this(raw, languages, ner, SentimentMode.MODEL);
    }

    /** Settings with the models deciding names where there are models. */
    public PipelineSettings(boolean raw, Set<String> languages) {
        this(raw, languages, NerMode.MODEL);
    }

    public PipelineSettings {
        Check.notNullParam(languages, "languages");
        Check.notNullParam(ner, "ner");
        Check.notNullParam(sentiment, "sentiment");
        Check.isTrue(!languages.isEmpty(), "at least one language must be configured");
        languages = Set.copyOf(languages);
    }
}
