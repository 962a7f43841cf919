package org.wirewatch.core.lang.cues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wirewatch.core.lang.cues.CueSchema.Section;
import org.wirewatch.core.lang.cues.CueSchema.Shape;

/** Cuts a cue file's lines into the sections its schema declares; see {@link CueSchema}. */
final class CueReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CueReader() {}

    static CueFile read(CueSchema schema, List<String> lines, String file) {
        Map<String, List<CueFile.Line>> sections = new LinkedHashMap<>();
        Section section = null;
        List<CueFile.Line> current = null;
        for (int n = 0; n < lines.size(); n++) {
            int number = n + 1;
            String line = stripComment(lines.get(n));
            if (line.isEmpty()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                section = schema.section(name).orElseThrow(() -> CueFile.error(file, number, "unknown section [" + name
                        + "]; this file has " + String.join(" ", schema.sortedNames().stream().map(s -> "[" + s + "]").toList())));
                if (sections.containsKey(name)) throw CueFile.error(file, number, "section [" + name + "] repeated");
                current = new ArrayList<>();
                sections.put(name, current);
                continue;
            }
            if (section == null) throw CueFile.error(file, number, "entry before any [section]: " + line);
            current.add(entries(section, line, file, number));
        }
        Map<String, List<CueFile.Line>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CueFile(file, frozen);
    }

    private static CueFile.Line entries(Section section, String line, String file, int number) {
        String key = null;
        String rest = line;
        if (section.shape().keyed()) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw CueFile.error(file, number, "[" + section.name() + "] lines are 'key: entries', got: " + line);
            key = line.substring(0, colon).strip();
            rest = line.substring(colon + 1).strip();
            if (!section.keys().allowed().test(key)) {
                throw CueFile.error(file, number, "unknown key '" + key + "' in [" + section.name() + "]; expected " + section.keys().description());
            }
        }
        List<String> items = section.shape() == Shape.WORDS || section.shape() == Shape.KEYED_WORDS ? words(rest) : phrases(rest, file, number);
        if (section.shape() == Shape.WORDS) {
            for (String w : items) {
                if (!section.keys().allowed().test(w)) {
                    throw CueFile.error(file, number, "unknown entry '" + w + "' in [" + section.name() + "]; expected " + section.keys().description());
                }
            }
        }
        return new CueFile.Line(number, key, items);
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(SPACES.split(text));
    }

    private static List<String> phrases(String text, String file, int number) {
        if (text.isEmpty()) return List.of();
        List<String> phrases = new ArrayList<>();
        for (String p : text.split("\\|", -1)) {
            String phrase = SPACES.matcher(p.strip()).replaceAll(" ");
            if (phrase.isEmpty()) throw CueFile.error(file, number, "empty phrase between '|'");
            phrases.add(phrase);
        }
        return List.copyOf(phrases);
    }

    private static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }
}
