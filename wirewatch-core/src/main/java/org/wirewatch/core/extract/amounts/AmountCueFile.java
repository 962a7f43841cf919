package org.wirewatch.core.extract.amounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.lang.cues.CueSchema.Keys;

/**
 * Reads a language pack's {@code amounts.cues} file with the one cue reader. Sections:
 * <pre>
 * [tags]                  noun: TAGPREFIX, adjective: TAGPREFIX (the dictionary's tagset)
 * [numbers] [multipliers] word: value, one a line
 * [approximate]           hedging phrases, one a line
 * [vague]                 word: unit: a number that says "several of this unit" ("dozens: 12", "сотни: 100"),
 *                         valued at two units and approximate
 * [negation] [range]      words that cancel a count cue ("not", "не"); words joining a range ("to", "до")
 * [objects]               english: lemma lemma …   ("english*": a kind of people;
 *                         "english*CATEGORY": people the noun itself counts, "evacuee*EVACUATE")
 * [counts]                CATEGORY: word stem* …
 * [conjunctions] [function] [percent] [age]   words or stem* separated by spaces
 * </pre>
 * Months are the language's vocabulary's. A malformed file fails loudly, naming file and line.
 */
final class AmountCueFile {
    private AmountCueFile() {}

    /** The sections of {@code amounts.cues}. */
    static final CueSchema SCHEMA = CueSchema.builder()
            .keyedWords("tags", Keys.of("noun", "adjective"))
            .keyedWords("numbers", Keys.any())
            .keyedWords("multipliers", Keys.any())
            .keyedWords("vague", Keys.any())
            .keyedWords("objects", Keys.matching("[^*\\s]+(\\*[A-Z_]*)?", "an English noun, * for people, *CATEGORY for a counted kind"))
            .keyedWords("counts", Keys.matching("[A-Z_]+", "a count category in capitals"))
            .phrases("approximate")
            .words("conjunctions", "function", "percent", "age", "negation", "range")
            .build();

    /** The parsed content of one file. Immutable. */
    record Parsed(String nounTag, String adjectiveTag, Map<String, Double> numbers, Map<String, Double> multipliers,
                  List<List<String>> approximators, WordSet conjunctions, WordSet function, WordSet percent, WordSet age,
                  Map<String, CountedNoun> objects, List<String> objectLemmas, Map<String, WordSet> counts,
                  Map<String, Double> vague, WordSet negation, WordSet range) {}

    static Parsed load(PackFile file) {
        return of(SCHEMA.read(file));
    }

    static Parsed parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static Parsed of(CueFile file) {
        Map<String, String> tags = new HashMap<>();
        for (CueFile.Line line : file.lines("tags")) tags.put(line.key(), String.join(" ", line.entries()));
        Map<String, CountedNoun> objects = new HashMap<>();
        for (CueFile.Line line : file.lines("objects")) {
            int star = line.key().indexOf('*');
            boolean people = star > 0;
            String english = people ? line.key().substring(0, star) : line.key();
            String category = people && star + 1 < line.key().length() ? line.key().substring(star + 1) : null;
            for (String lemma : line.entries()) objects.put(Words.normal(lemma), new CountedNoun(english, people, category));
        }
        Map<String, WordSet> counts = new LinkedHashMap<>();
        file.keyed("counts").forEach((category, words) -> counts.put(category, WordSet.of(words)));
        List<List<String>> approximators = new ArrayList<>();
        for (String phrase : file.entries("approximate")) approximators.add(Arrays.stream(phrase.split(" ")).map(Words::normal).toList());
        if (!tags.containsKey("noun") || !tags.containsKey("adjective")) throw file.error("[tags] must give noun and adjective");
        return new Parsed(tags.get("noun"), tags.get("adjective"), values(file, "numbers"), values(file, "multipliers"),
                List.copyOf(approximators), set(file, "conjunctions"), set(file, "function"), set(file, "percent"),
                set(file, "age"), Map.copyOf(objects), List.copyOf(objects.keySet()), Collections.unmodifiableMap(counts),
                values(file, "vague"), set(file, "negation"), set(file, "range"));
    }

    /** A section of "word: value" lines. */
    private static Map<String, Double> values(CueFile file, String section) {
        Map<String, Double> values = new HashMap<>();
        for (CueFile.Line line : file.lines(section)) {
            if (line.entries().size() != 1) throw file.error(line.number(), "expected 'word: number'");
            try {
                values.put(Words.normal(line.key()), Double.parseDouble(line.entries().get(0)));
            } catch (NumberFormatException e) {
                throw file.error(line.number(), "not a number: " + line.entries().get(0));
            }
        }
        return Map.copyOf(values);
    }

    private static WordSet set(CueFile file, String section) {
        return WordSet.of(file.entries(section));
    }
}
