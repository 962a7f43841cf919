package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/**
 * Cues read once from the bundled {@code <language>.cues} file. Each language's class only names
 * its file; a language whose cues need code as well as words overrides the methods. Immutable.
 */
abstract class FileCleaningCues implements CleaningCues {
    private final String language;
    private final BundledCues.Parsed parsed;

    FileCleaningCues(String language) {
        this.language = language;
        this.parsed = BundledCues.get(language);
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<String> cues(CueKind kind) {
        return parsed.of(kind);
    }

    @Override
    public Map<String, Integer> months() {
        return parsed.months();
    }
}
