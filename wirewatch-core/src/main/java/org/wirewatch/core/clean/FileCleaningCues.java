package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;

/** Cleaning cues read once from a cue file (a language pack's {@code clean.cues}) and the language's months. Immutable. */
final class FileCleaningCues implements CleaningCues {
    private final String language;
    private final BundledCues.Parsed parsed;
    private final Map<String, Integer> months;

    FileCleaningCues(String language, PackFile file, Vocabulary vocabulary) {
        this.language = language;
        this.parsed = BundledCues.load(file);
        this.months = vocabulary.months();
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
        return months;
    }
}
