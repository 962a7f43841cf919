package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** English cleaning cues, read once from the bundled {@code en.cues}. Immutable; share freely. */
public final class EnglishCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("en");

    @Override
    public String language() {
        return "en";
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
