package org.wirewatch.core.lang.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Check;

/**
 * One cue file as read by its {@link CueSchema}: its sections' lines, in file order, each with its
 * line number so that what a concern finds wrong in an entry ("not a number") is reported where it
 * is. A section the file does not have reads as empty. Immutable.
 */
public final class CueFile {

    /** One line of a section: its number in the file, its key (null in an unkeyed section) and its entries. */
    public record Line(int number, String key, List<String> entries) {
        public Line {
            entries = List.copyOf(entries);
        }
    }

    private final String name;
    private final Map<String, List<Line>> sections;

    CueFile(String name, Map<String, List<Line>> sections) {
        this.name = name;
        this.sections = Collections.unmodifiableMap(sections);
    }

    /** The file's name for messages ("uk/dates.cues"). */
    public String name() {
        return name;
    }

    /** Whether the file has this section, even an empty one. */
    public boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The section's lines, in file order. */
    public List<Line> lines(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** Every entry of the section, in file order (the entries of a keyed section without their keys). */
    public List<String> entries(String section) {
        List<String> all = new ArrayList<>();
        for (Line l : lines(section)) all.addAll(l.entries());
        return all;
    }

    /** A keyed section's entries by key, in the order keys first appear; a key on several lines adds up. */
    public Map<String, List<String>> keyed(String section) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Line l : lines(section)) {
            Check.isTrue(l.key() != null, "[%s] of %s is not a keyed section", section, name);
            byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).addAll(l.entries());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** An error in this file at this line, as every cue file reports it ("uk/dates.cues:12: ..."). */
    public IllegalStateException error(int line, String message) {
        return error(name, line, message);
    }

    /** An error in the file as a whole ("uk/amounts.cues: [tags] must give noun"). */
    public IllegalStateException error(String message) {
        return new IllegalStateException(name + ": " + message);
    }

    static IllegalStateException error(String file, int line, String message) {
        return new IllegalStateException(file + ":" + line + ": " + message);
    }

    @Override
    public String toString() {
        return name;
    }
}
