package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** Cues every language shares: language switcher labels, social channels, world news agencies, read once from the bundled {@code mul.cues}. Immutable; share freely. */
public final class SharedCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("mul");

    @Override
    public String language() {
        return "mul";
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
