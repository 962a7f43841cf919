package org.wirewatch.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Wikidata classes (P31 values) make an item a person, organisation, place or other thing,
 * read once from the bundled {@code wikidata-classes.tsv}. Immutable.
 */
final class WikidataClasses {
    private final Map<String, EntityType> types;

    private WikidataClasses(Map<String, EntityType> types) {
        this.types = Map.copyOf(types);
    }

    private static final class Bundled {
        static final WikidataClasses INSTANCE = load("wikidata-classes.tsv");
    }

    static WikidataClasses bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The type the item's classes give it, the most specific kind first: a human who is also
     * tagged as something else is still a person.
     */
    Optional<EntityType> typeOf(List<String> instanceOf) {
        EntityType best = null;
        for (String cls : instanceOf) {
            EntityType t = types.get(cls);
            if (t != null && (best == null || t.ordinal() < best.ordinal())) best = t;
        }
        return Optional.ofNullable(best);
    }

    static WikidataClasses load(String resource) {
        try (InputStream in = WikidataClasses.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("class list missing from the classpath: " + resource);
            Map<String, EntityType> types = new LinkedHashMap<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || !f[0].matches("Q\\d+")) {
                    throw new IllegalStateException(resource + ":" + (n + 1) + ": expected 'Q-id<TAB>TYPE', got: " + line);
                }
                types.put(f[0], EntityType.valueOf(f[1].strip()));
            }
            return new WikidataClasses(types);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
