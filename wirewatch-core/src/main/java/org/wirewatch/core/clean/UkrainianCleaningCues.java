package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** Ukrainian cleaning cues, read once from the bundled {@code uk.cues}. Immutable; share freely. */
public final class UkrainianCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("uk");

    @Override
    public String language() {
        return "uk";
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
