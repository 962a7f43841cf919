package org.wirewatch.core.pipeline;

import java.util.Set;
import org.wirewatch.core.model.Check;

/**
 * How the pipeline runs.
 *
 * @param raw       keep the text exactly as given (no cleaning), so offsets line up with gold data
 * @param languages ISO 639-1 codes the language identifier chooses among
 */
public record PipelineSettings(boolean raw, Set<String> languages) {
    public PipelineSettings {
        Check.notNullParam(languages, "languages");
        Check.isTrue(!languages.isEmpty(), "at least one language must be configured");
        languages = Set.copyOf(languages);
    }
}
