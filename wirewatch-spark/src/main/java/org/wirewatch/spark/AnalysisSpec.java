package org.wirewatch.spark;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * How executors build their pipeline: the serialisable form of {@link PipelineSettings}, shipped
 * inside each task's closure (a few bytes; the pipeline itself is built on the executor).
 *
 * @param raw       keep text exactly as given, as {@code analyze --raw}
 * @param languages ISO 639-1 codes the language identifier chooses among
 * @param ner       the NER models (where on the class path) or the rules, as {@code --ner}
 */
public record AnalysisSpec(boolean raw, List<String> languages, NerMode ner) implements Serializable {
    /** With the NER models deciding names where there are models. */
    public AnalysisSpec(boolean raw, List<String> languages) {
        this(raw, languages, NerMode.MODEL);
    }

    public AnalysisSpec {
        Check.notNullParam(languages, "languages");
        Check.notNullParam(ner, "ner");
        Check.isTrue(!languages.isEmpty(), "at least one language must be configured");
        languages = List.copyOf(languages);
    }

    PipelineSettings settings() {
        return new PipelineSettings(raw, new LinkedHashSet<>(languages), ner);
    }
}
