package org.wirewatch.core.extract.amounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.PackFile;

/**
 * Reads a language pack's {@code amounts.cues} file. Sections:
 * <pre>
 * [tags]                  noun = TAGPREFIX, adjective = TAGPREFIX (the dictionary's tagset)
 * [numbers] [multipliers] word = value, one a line
 * [approximate]           one hedging phrase a line
 * [vague]                 word = unit: a number that says "several of this unit" ("dozens = 12", "сотни = 100"),
 *                         valued at two units and approximate
 * [negation] [range]      words that cancel a count cue ("not", "не"); words joining a range ("to", "до")
 * [objects]               english = lemma lemma …   ("english*": a kind of people;
 *                         "english*CATEGORY": people the noun itself counts, "evacuee*EVACUATE")
 * [counts]                CATEGORY = word stem* …
 * [conjunctions] [function] [percent] [months] [age]   words or stem* separated by spaces
 * </pre>
 * {@code #} starts a comment. A malformed file fails loudly, naming file and line.
 */
final class AmountCueFile {
    private AmountCueFile() {}

    /** The parsed content of one file. Immutable. */
    record Parsed(String nounTag, String adjectiveTag, Map<String, Double> numbers, Map<String, Double> multipliers,
                  List<List<String>> approximators, WordSet conjunctions, WordSet function, WordSet percent, WordSet months, WordSet age,
                  Map<String, CountedNoun> objects, List<String> objectLemmas, Map<String, WordSet> counts,
                  Map<String, Double> vague, WordSet negation, WordSet range) {}

    static Parsed load(PackFile file) {
        return parse(file.lines(), file.name());
    }

    static Parsed parse(List<String> lines, String file) {
        Map<String, String> tags = new HashMap<>();
        Map<String, Double> numbers = new HashMap<>();
        Map<String, Double> multipliers = new HashMap<>();
        Map<String, Double> vague = new HashMap<>();
        List<List<String>> approximators = new ArrayList<>();
        Map<String, List<String>> words = new HashMap<>();
        Map<String, CountedNoun> objects = new HashMap<>();
        Map<String, WordSet> counts = new LinkedHashMap<>();
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
                continue;
            }
            if (section == null) throw new IllegalStateException(where + ": entry before any [section]");
            switch (section) {
                case "tags" -> {
                    String[] kv = pair(line, where);
                    tags.put(kv[0], kv[1]);
                }
                case "numbers", "multipliers", "vague" -> {
                    String[] kv = pair(line, where);
                    double value;
                    try {
                        value = Double.parseDouble(kv[1]);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException(where + ": not a number: " + kv[1], e);
                    }
                    (section.equals("numbers") ? numbers : section.equals("vague") ? vague : multipliers).put(Words.normal(kv[0]), value);
                }
                case "approximate" -> approximators.add(Arrays.stream(line.split("\\s+")).map(Words::normal).toList());
                case "objects" -> {
                    String[] kv = pair(line, where);
                    int star = kv[0].indexOf('*');
                    boolean people = star > 0;
                    String english = people ? kv[0].substring(0, star) : kv[0];
                    String category = people && star + 1 < kv[0].length() ? kv[0].substring(star + 1) : null;
                    for (String lemma : kv[1].split("\\s+")) objects.put(Words.normal(lemma), new CountedNoun(english, people, category));
                }
                case "counts" -> {
                    String[] kv = pair(line, where);
                    counts.put(kv[0], WordSet.of(Arrays.asList(kv[1].split("\\s+"))));
                }
                case "conjunctions", "function", "percent", "months", "age", "negation", "range" ->
                        words.computeIfAbsent(section, k -> new ArrayList<>()).addAll(Arrays.asList(line.split("\\s+")));
                default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
            }
        }
        if (!tags.containsKey("noun") || !tags.containsKey("adjective")) {
            throw new IllegalStateException(file + ": [tags] must give noun and adjective");
        }
        return new Parsed(tags.get("noun"), tags.get("adjective"), Map.copyOf(numbers), Map.copyOf(multipliers),
                List.copyOf(approximators), set(words, "conjunctions"), set(words, "function"), set(words, "percent"), set(words, "months"),
                set(words, "age"), Map.copyOf(objects), List.copyOf(objects.keySet()), Collections.unmodifiableMap(counts),
                Map.copyOf(vague), set(words, "negation"), set(words, "range"));
    }

    private static WordSet set(Map<String, List<String>> words, String section) {
        return WordSet.of(words.getOrDefault(section, List.of()));
    }

    private static String[] pair(String line, String where) {
        int eq = line.indexOf('=');
        if (eq <= 0 || eq == line.length() - 1) throw new IllegalStateException(where + ": expected 'key = value': " + line);
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 1).strip()};
    }
}
