package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** Russian cleaning cues, read once from the bundled {@code ru.cues}. Immutable; share freely. */
public final class RussianCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("ru");

    @Override
    public String language() {
        return "ru";
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
