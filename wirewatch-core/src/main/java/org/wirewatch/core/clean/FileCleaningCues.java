package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;

/** Cleaning cues read once from a cue file (a language pack's {@code clean.cues}). Immutable. */
final class FileCleaningCues implements CleaningCues {
    private final String language;
    private final BundledCues.Parsed parsed;

    FileCleaningCues(String language, PackFile file) {
        this.language = language;
        this.parsed = BundledCues.load(file);
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
