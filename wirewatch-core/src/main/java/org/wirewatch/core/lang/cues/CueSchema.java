package org.wirewatch.core.lang.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.model.Check;

/**
 * The sections one concern reads from its cue file, declared once: their names, their shape
 * (words, phrases, or keyed lines of either) and, for keyed sections, which keys they allow. The
 * reader rejects everything the schema does not declare, naming file and line, so a typo
 * ({@code [negaton]}, {@code month.13}) is a broken build rather than a silently weaker stage.
 *
 * <pre>
 * static final CueSchema SCHEMA = CueSchema.builder()
 *         .words("negation", "modal")
 *         .phrases("approximate")
 *         .keyedWords("numbers", CueSchema.Keys.any())
 *         .build();
 * CueFile file = SCHEMA.read(pack.file("amounts.cues").orElseThrow());
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class CueSchema {

    /** How a section's lines are cut into entries. */
    public enum Shape {
        /** Entries separated by spaces: {@code said told wrote}. */
        WORDS,
        /** Entries separated by {@code |} or line breaks; spaces belong to the entry: {@code according to * | sources say}. */
        PHRASES,
        /** {@code key: word word}; one key may appear on several lines, which add up. */
        KEYED_WORDS,
        /** {@code key: phrase | phrase}. */
        KEYED_PHRASES;

        boolean keyed() {
            return this == KEYED_WORDS || this == KEYED_PHRASES;
        }
    }

    /** Which keys (or, for a word section, which words) a section allows. */
    public record Keys(Predicate<String> allowed, String description) {
        public Keys {
            Check.notNullParam(allowed, "allowed");
            Check.notNullParam(description, "description");
        }

        /** Any key at all (the concern checks what it means). */
        public static Keys any() {
            return new Keys(k -> true, "any key");
        }

        /** Exactly these keys. */
        public static Keys of(String... keys) {
            Set<String> set = Set.of(keys);
            return new Keys(set::contains, "one of " + new TreeSet<>(set));
        }

        /** Whole numbers from {@code min} to {@code max}. */
        public static Keys numbers(int min, int max) {
            return new Keys(k -> k.matches("-?\\d{1,3}") && Integer.parseInt(k) >= min && Integer.parseInt(k) <= max,
                    "a number from " + min + " to " + max);
        }

        /** Keys matching a regular expression, described for messages. */
        public static Keys matching(String regex, String description) {
            Pattern p = Pattern.compile(regex);
            return new Keys(k -> p.matcher(k).matches(), description);
        }
    }

    /** One declared section. */
    public record Section(String name, Shape shape, Keys keys) {}

    private final Map<String, Section> sections;

    private CueSchema(Map<String, Section> sections) {
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The declared section of this name; empty when the concern does not read it. */
    public java.util.Optional<Section> section(String name) {
        return java.util.Optional.ofNullable(sections.get(name));
    }

    /** The declared section names, in declaration order. */
    public Set<String> names() {
        return sections.keySet();
    }

    /** Reads a bundled file; a malformed one fails, naming file and line. */
    public CueFile read(PackFile file) {
        Check.notNullParam(file, "file");
        return parse(file.lines(), file.name());
    }

    /** Reads lines; {@code file} names them in messages ("uk/dates.cues"). */
    public CueFile parse(List<String> lines, String file) {
        Check.notNullParam(lines, "lines");
        Check.notNullParam(file, "file");
        return CueReader.read(this, lines, file);
    }

    /** Declares sections one by one. */
    public static final class Builder {
        private final Map<String, Section> sections = new LinkedHashMap<>();

        private Builder() {}

        /** Sections of words separated by spaces. */
        public Builder words(String... names) {
            for (String n : names) add(n, Shape.WORDS, Keys.any());
            return this;
        }

        /** A section of words, each one of {@code allowed} (flags such as {@code [grammar]}). */
        public Builder flags(String name, String... allowed) {
            return add(name, Shape.WORDS, Keys.of(allowed));
        }

        /** Sections of phrases, separated by {@code |} or line breaks. */
        public Builder phrases(String... names) {
            for (String n : names) add(n, Shape.PHRASES, Keys.any());
            return this;
        }

        /** A section of {@code key: word word} lines. */
        public Builder keyedWords(String name, Keys keys) {
            return add(name, Shape.KEYED_WORDS, keys);
        }

        /** A section of {@code key: phrase | phrase} lines. */
        public Builder keyedPhrases(String name, Keys keys) {
            return add(name, Shape.KEYED_PHRASES, keys);
        }

        private Builder add(String name, Shape shape, Keys keys) {
            Check.isTrue(name != null && name.matches("[a-z][a-z0-9-]*"), "section name must be lower-case words joined by '-': %s", name);
            Check.isTrue(!sections.containsKey(name), "section [%s] declared twice", name);
            sections.put(name, new Section(name, shape, Check.notNullParam(keys, "keys")));
            return this;
        }

        public CueSchema build() {
            return new CueSchema(sections);
        }
    }

    List<String> sortedNames() {
        List<String> names = new ArrayList<>(sections.keySet());
        Collections.sort(names);
        return names;
    }
}
