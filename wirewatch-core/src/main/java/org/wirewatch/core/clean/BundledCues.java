package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;

/**
 * Reads cleaning cue files: a language pack's {@code clean.cues}, and the {@code shared.cues} of
 * this package that every language shares. The parsed maps are unmodifiable, so sharing them
 * between threads and cleaners is safe.
 */
final class BundledCues {
    private BundledCues() {}

    /** The parsed content of one cue file. */
    record Parsed(Map<CueKind, List<String>> cues, Map<String, Integer> months) {
        List<String> of(CueKind kind) {
            return cues.getOrDefault(kind, List.of());
        }
    }

    /** Reads one cue file; a malformed one fails loudly, naming file and line. */
    static Parsed load(PackFile file) {
        return parse(file.lines(), file.name());
    }

    static Parsed parse(List<String> lines, String file) {
        Map<CueKind, List<String>> cues = new EnumMap<>(CueKind.class);
        Map<String, Integer> months = new LinkedHashMap<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            String cue = Norm.of(line);
            if ("month".equals(section)) {
                addMonth(months, line, file);
            } else {
                CueKind kind = kindOf(section, file);
                if (!cue.isEmpty()) cues.computeIfAbsent(kind, k -> new ArrayList<>()).add(cue);
            }
        }
        Map<CueKind, List<String>> frozen = new EnumMap<>(CueKind.class);
        cues.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Parsed(java.util.Collections.unmodifiableMap(frozen), Map.copyOf(months));
    }

    private static void addMonth(Map<String, Integer> months, String line, String file) {
        int space = line.lastIndexOf(' ');
        if (space < 0) throw new IllegalStateException(file + ": month line needs 'name number': " + line);
        int number = Integer.parseInt(line.substring(space + 1).strip());
        if (number < 1 || number > 12) throw new IllegalStateException(file + ": month out of range: " + line);
        months.put(line.substring(0, space).strip().toLowerCase(Locale.ROOT), number);
    }

    private static CueKind kindOf(String section, String file) {
        if (section == null) throw new IllegalStateException(file + ": cue before any [section]");
        for (CueKind kind : CueKind.values()) if (kind.section().equals(section)) return kind;
        throw new IllegalStateException(file + ": unknown section [" + section + "]");
    }
}
