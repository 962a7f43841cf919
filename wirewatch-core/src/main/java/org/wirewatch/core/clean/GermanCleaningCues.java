package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** German cleaning cues, read once from the bundled {@code de.cues}. Immutable; share freely. */
public final class GermanCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("de");

    @Override
    public String language() {
        return "de";
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
