package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;

/**
 * Reads cleaning cue files: a language pack's {@code clean.cues}, and the {@code shared.cues} of
 * this package that every language shares. One section per {@link CueKind}, one phrase a line; the
 * months are the language's vocabulary's. The parsed maps are unmodifiable, so sharing them
 * between threads and cleaners is safe.
 */
final class BundledCues {
    private BundledCues() {}

    /** One phrase section per kind of cue. */
    static final CueSchema SCHEMA = schema();

    private static CueSchema schema() {
        CueSchema.Builder b = CueSchema.builder();
        for (CueKind kind : CueKind.values()) b.phrases(kind.section());
        return b.build();
    }

    /** The parsed content of one cue file. */
    record Parsed(Map<CueKind, List<String>> cues) {
        List<String> of(CueKind kind) {
            return cues.getOrDefault(kind, List.of());
        }
    }

    /** Reads one cue file; a malformed one fails loudly, naming file and line. */
    static Parsed load(PackFile file) {
        return of(SCHEMA.read(file));
    }

    static Parsed parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static Parsed of(CueFile file) {
        Map<CueKind, List<String>> cues = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) {
            List<String> list = new ArrayList<>();
            for (String cue : file.entries(kind.section())) {
                String norm = Norm.of(cue);
                if (!norm.isEmpty()) list.add(norm);
            }
            if (!list.isEmpty()) cues.put(kind, List.copyOf(list));
        }
        return new Parsed(java.util.Collections.unmodifiableMap(cues));
    }
}
