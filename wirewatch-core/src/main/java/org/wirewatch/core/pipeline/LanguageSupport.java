package org.wirewatch.core.pipeline;

import java.util.Map;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Language;

/**
 * What the pipeline does with text in one language, stage by stage: {@code wirewatch languages}
 * and {@code /api/languages} print it. A stage that does not support a language skips its
 * articles and records {@code Issue("unsupported_language", stage)}.
 *
 * @param stages each stage's support, in pipeline order ("identify", "clean", "entities", …, and
 *               "search": whether the index analyses the language with its own analyzer)
 */
public record LanguageSupport(Language language, Map<String, Level> stages) {
    /** How far a stage serves a language. */
    public enum Level {
        /** The language's own rules, word lists or dictionary. */
        FULL,
        /** Language-neutral rules only (dates: numeric and ISO forms). */
        GENERIC,
        /** The stage skips the language. */
        NONE
    }

    public LanguageSupport {
        Check.notNullParam(language, "language");
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Check.notNullParam(stages, "stages")));
    }

    public Level of(String stage) {
        return stages.getOrDefault(stage, Level.NONE);
    }
}
