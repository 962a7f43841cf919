package org.wirewatch.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the curated gazetteer files shipped in the jar ({@code *.kb}, format in this package's
 * {@code README.md}). One block per entity:
 *
 * <pre>
 * [ww:kyiv] LOC city country=iso:UA
 * en: Kyiv | Kiev
 * ru: Киев
 * uk: Київ
 * </pre>
 *
 * A block without a type adds names, demonyms or roles to an entity defined elsewhere (a CLDR
 * country). The files ship with the code, so any error is a bug: it fails loudly, naming file and line.
 */
final class KbFile {
    /** One parsed block; {@code type} is null for a block that supplements another. */
    record Block(String id, EntityType type, List<String> classes, Map<String, String> attributes,
            Map<String, List<String>> labels, Map<String, List<String>> demonyms, List<Role> roles, String where) {}

    private KbFile() {}

    static List<Block> load(String resource) {
        try (InputStream in = KbFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("knowledge base file missing from the classpath: " + resource);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base file " + resource, e);
        }
    }

    static List<Block> parse(List<String> lines, String file) {
        List<Block> blocks = new ArrayList<>();
        Builder current = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            String where = file + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                if (current != null) blocks.add(current.build());
                current = header(line, where);
                continue;
            }
            if (current == null) throw new IllegalStateException(where + ": line before any [id] header: " + line);
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalStateException(where + ": expected 'key: value', got: " + line);
            String key = line.substring(0, colon).strip();
            List<String> values = split(line.substring(colon + 1));
            if (key.equals("role")) {
                current.roles.add(role(values, where));
            } else if (key.endsWith(".demonym")) {
                current.demonyms.computeIfAbsent(language(key.substring(0, key.length() - 8), where), k -> new ArrayList<>())
                        .addAll(values);
            } else {
                current.labels.computeIfAbsent(language(key, where), k -> new ArrayList<>()).addAll(values);
            }
        }
        if (current != null) blocks.add(current.build());
        return List.copyOf(blocks);
    }

    private static Builder header(String line, String where) {
        int close = line.indexOf(']');
        if (close < 2) throw new IllegalStateException(where + ": header needs '[id]': " + line);
        Builder b = new Builder(line.substring(1, close).strip(), where);
        for (String token : line.substring(close + 1).strip().split("\\s+")) {
            if (token.isEmpty()) continue;
            int eq = token.indexOf('=');
            if (eq > 0) {
                b.attributes.put(token.substring(0, eq), token.substring(eq + 1));
            } else if (isType(token)) {
                b.type = EntityType.valueOf(token);
            } else {
                for (String cls : token.split(",")) if (!cls.isBlank()) b.classes.add(cls.strip());
            }
        }
        return b;
    }

    private static boolean isType(String token) {
        for (EntityType t : EntityType.values()) if (t.name().equals(token)) return true;
        return false;
    }

    private static String language(String key, String where) {
        if (!key.matches("[a-z]{2,3}")) throw new IllegalStateException(where + ": not a language code: " + key);
        return key;
    }

    /** "title | org | from | to"; "-" or an empty field is unknown. */
    private static Role role(List<String> fields, String where) {
        if (fields.isEmpty() || fields.size() > 4) throw new IllegalStateException(where + ": role needs 'title | org | from | to'");
        try {
            return new Role(fields.get(0), field(fields, 1), date(field(fields, 2)), date(field(fields, 3)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": bad role: " + e.getMessage(), e);
        }
    }

    private static String field(List<String> fields, int i) {
        if (i >= fields.size()) return null;
        String f = fields.get(i);
        return f.isEmpty() || f.equals("-") ? null : f;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static List<String> split(String values) {
        List<String> out = new ArrayList<>();
        for (String v : values.split("\\|", -1)) out.add(v.strip());
        // empty fields stay: a role's "| |" means unknown; Builder.build drops empty names
        return out;
    }

    private static final class Builder {
        final String id;
        final String where;
        EntityType type;
        final List<String> classes = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, List<String>> labels = new LinkedHashMap<>();
        final Map<String, List<String>> demonyms = new LinkedHashMap<>();
        final List<Role> roles = new ArrayList<>();

        Builder(String id, String where) {
            this.id = id;
            this.where = where;
        }

        Block build() {
            labels.values().forEach(v -> v.removeIf(String::isEmpty));
            demonyms.values().forEach(v -> v.replaceAll(s -> s.toLowerCase(Locale.ROOT)));
            demonyms.values().forEach(v -> v.removeIf(String::isEmpty));
            if (type != null && labels.getOrDefault("en", List.of()).isEmpty()) {
                throw new IllegalStateException(where + ": entity " + id + " has no English name");
            }
            return new Block(id, type, List.copyOf(classes), Map.copyOf(attributes), copy(labels), copy(demonyms),
                    List.copyOf(roles), where);
        }

        private static Map<String, List<String>> copy(Map<String, List<String>> m) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return Collections.unmodifiableMap(out);
        }
    }
}
