package org.wirewatch.core.clean;

import java.util.List;
import java.util.Map;

/** Azerbaijani cleaning cues (captions in Azerbaijani turn up in English and Russian articles), read once from the bundled {@code az.cues}. Immutable; share freely. */
public final class AzerbaijaniCleaningCues implements CleaningCues {
    private final BundledCues.Parsed parsed = BundledCues.get("az");

    @Override
    public String language() {
        return "az";
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
