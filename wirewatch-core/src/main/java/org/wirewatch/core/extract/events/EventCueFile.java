package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.lang.cues.CueSchema.Keys;

/**
 * Reads a language pack's {@code events.cues} file with the one cue reader (the sections are
 * described at the top of {@code org/wirewatch/lang/en/events.cues}): keyed sections
 * ({@code [tags] verb: VB}, {@code [triggers] ATTACK: strike/n}, {@code [target] *: on against})
 * and word-list sections. A malformed file fails loudly, naming file and line.
 */
final class EventCueFile {
    private static final String TYPE_OR_STAR = "\\*|" + Arrays.stream(EventType.values()).map(EventType::name).collect(Collectors.joining("|"));

    /** The sections of {@code events.cues}. */
    static final CueSchema SCHEMA = CueSchema.builder()
            .keyedWords("tags", Keys.of("verb", "noun", "participle", "nonfinite", "passive", "future", "genitive", "dative"))
            .keyedWords("triggers", Keys.any())
            .keyedWords("target", Keys.matching(TYPE_OR_STAR, "an event type or *"))
            .keyedWords("location", Keys.matching(TYPE_OR_STAR, "an event type or *"))
            .keyedWords("of-agent", Keys.matching(TYPE_OR_STAR, "an event type or *"))
            .words("agent", "aid-words", "auxiliary", "clause", "date-block", "determiner", "direct-object",
                    "government", "head", "list-glue", "modal", "negation",
                    "possessive", "relative", "source-after", "support")
            .build();

    private EventCueFile() {}

    /**
     * The sections of one file: tag lists by key, prepositions by section and type ({@code *} for
     * every other type; an empty set for "-"), words by section, triggers by lemma. Immutable.
     */
    record Parsed(Map<String, List<String>> tags, Map<String, Map<String, Set<String>>> prepositions,
                  Map<String, Set<String>> words, Map<String, List<Trigger>> triggers) {
        List<String> tag(String key) {
            return tags.getOrDefault(key, List.of());
        }

        Set<String> words(String section) {
            return words.getOrDefault(section, Set.of());
        }

        Set<String> prepositions(String section, EventType type) {
            Map<String, Set<String>> byType = prepositions.getOrDefault(section, Map.of());
            return byType.getOrDefault(type.name(), byType.getOrDefault("*", Set.of()));
        }
    }

    static Parsed load(PackFile file) {
        return of(SCHEMA.read(file));
    }

    static Parsed parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static Parsed of(CueFile file) {
        Map<String, Map<String, Set<String>>> prepositions = new HashMap<>();
        for (String section : List.of("target", "location", "of-agent")) {
            Map<String, Set<String>> byType = new LinkedHashMap<>();
            file.keyed(section).forEach((type, words) -> byType.put(type, normal(words.equals(List.of("-")) ? List.of() : words)));
            prepositions.put(section, Map.copyOf(byType));
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (String section : SCHEMA.names()) {
            if (SCHEMA.section(section).orElseThrow().shape() == CueSchema.Shape.WORDS) words.put(section, normal(file.entries(section)));
        }
        return new Parsed(file.keyed("tags"), Map.copyOf(prepositions), Map.copyOf(words), triggers(file));
    }

    private static Map<String, List<Trigger>> triggers(CueFile file) {
        Map<String, List<Trigger>> triggers = new HashMap<>();
        for (CueFile.Line line : file.lines("triggers")) {
            EventType type = EventType.named(line.key()).orElseThrow(() -> file.error(line.number(), "unknown event type " + line.key()));
            for (String entry : line.entries()) {
                Trigger t = Trigger.parse(type, entry);
                triggers.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, List<Trigger>> copy = new HashMap<>();
        triggers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    static Set<String> normal(List<String> words) {
        return words.stream().map(Words::normal).collect(Collectors.toUnmodifiableSet());
    }
}
