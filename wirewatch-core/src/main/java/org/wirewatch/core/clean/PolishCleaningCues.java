package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** Polish cleaning cues, read once from the bundled {@code pl.cues}. Immutable; share freely. */
public final class PolishCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("pl");

    @Override
    public String language() {
        return "pl";
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
