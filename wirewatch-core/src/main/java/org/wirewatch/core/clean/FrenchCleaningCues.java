package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** French cleaning cues, read once from the bundled {@code fr.cues}. Immutable; share freely. */
public final class FrenchCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("fr");

    @Override
    public String language() {
        return "fr";
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
