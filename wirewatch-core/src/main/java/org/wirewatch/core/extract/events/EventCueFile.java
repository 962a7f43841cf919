package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;

/**
 * Reads a language pack's {@code events.cues} file (the format is described at the top of
 * {@code org/wirewatch/lang/en/events.cues}): {@code key = value} sections ([tags], [triggers], [target], [location]) and
 * word-list sections. {@code #} starts a comment. A malformed file fails loudly, naming file and line.
 */
final class EventCueFile {
    private static final Set<String> PAIR_SECTIONS = Set.of("tags", "triggers", "target", "location", "of-agent");
    /** The word-list sections the event reader asks for; any other section is a mistake in the file. */
    private static final Set<String> WORD_SECTIONS = Set.of("agent", "aid-words", "auxiliary", "clause", "date-block",
            "determiner", "direct-object", "first-person", "government", "head", "list-glue", "modal", "negation",
            "person-pronoun", "possessive", "relative", "reporting", "source-after", "support", "thing-pronoun");

    private EventCueFile() {}

    /** The sections of one file: pairs by section and key, words by section. Immutable. */
    record Parsed(Map<String, Map<String, String>> pairs, Map<String, Set<String>> words, Map<String, List<Trigger>> triggers) {
        String tag(String key) {
            return pairs.getOrDefault("tags", Map.of()).get(key);
        }

        Set<String> words(String section) {
            return words.getOrDefault(section, Set.of());
        }
    }

    static Parsed load(PackFile file) {
        return parse(file.lines(), file.name());
    }

    static Parsed parse(List<String> lines, String file) {
        Map<String, Map<String, String>> pairs = new HashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        Map<String, List<Trigger>> triggers = new HashMap<>();
        String section = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String where = file + ":" + (n + 1);
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                if (!PAIR_SECTIONS.contains(section) && !WORD_SECTIONS.contains(section)) {
                    throw new IllegalStateException(where + ": unknown section [" + section + "]");
                }
                continue;
            }
            if (section == null) throw new IllegalStateException(where + ": entry before any [section]");
            if (!PAIR_SECTIONS.contains(section)) {
                words.computeIfAbsent(section, k -> new ArrayList<>()).addAll(Arrays.asList(line.split("\\s+")));
                continue;
            }
            String[] kv = pair(line, where);
            pairs.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(kv[0], kv[1]);
            if (section.equals("triggers")) addTriggers(triggers, kv, where);
        }
        Map<String, Set<String>> wordSets = new HashMap<>();
        words.forEach((k, v) -> wordSets.put(k, Set.copyOf(v.stream().map(Words::normal).toList())));
        Map<String, Map<String, String>> pairCopy = new HashMap<>();
        pairs.forEach((k, v) -> pairCopy.put(k, Map.copyOf(v)));
        Map<String, List<Trigger>> triggerCopy = new HashMap<>();
        triggers.forEach((k, v) -> triggerCopy.put(k, List.copyOf(v)));
        return new Parsed(Map.copyOf(pairCopy), Map.copyOf(wordSets), Map.copyOf(triggerCopy));
    }

    private static void addTriggers(Map<String, List<Trigger>> triggers, String[] kv, String where) {
        EventType type = EventType.named(kv[0]).orElseThrow(() -> new IllegalStateException(where + ": unknown event type " + kv[0]));
        for (String entry : kv[1].split("\\s+")) {
            Trigger t = Trigger.parse(type, entry);
            triggers.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
        }
    }

    private static String[] pair(String line, String where) {
        int eq = line.indexOf('=');
        if (eq <= 0 || eq == line.length() - 1) throw new IllegalStateException(where + ": expected 'key = value': " + line);
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip()};
    }
}
