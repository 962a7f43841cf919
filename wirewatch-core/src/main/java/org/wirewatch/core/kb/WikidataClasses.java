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
    /** Place kinds by precedence: an item that is a country and a city (Singapore) is mapped as a country. */
    private static final List<String> KIND_ORDER = List.of(Place.COUNTRY, Place.CITY, Place.REGION);

    private final Map<String, EntityType> types;
    private final Map<String, String> kinds;

    private WikidataClasses(Map<String, EntityType> types, Map<String, String> kinds) {
        this.types = Map.copyOf(types);
        this.kinds = Map.copyOf(kinds);
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

    /** The place kind the item's classes give it ({@link Place#COUNTRY}, …), if any of them is a place class. */
    Optional<String> kindOf(List<String> instanceOf) {
        String best = null;
        for (String cls : instanceOf) {
            String k = kinds.get(cls);
            if (k != null && (best == null || KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(best))) best = k;
        }
        return Optional.ofNullable(best);
    }

    static WikidataClasses load(String resource) {
        try (InputStream in = WikidataClasses.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("class list missing from the classpath: " + resource);
            Map<String, EntityType> types = new LinkedHashMap<>();
            Map<String, String> kinds = new LinkedHashMap<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || !f[0].matches("Q\\d+")) {
                    throw new IllegalStateException(resource + ":" + (n + 1) + ": expected 'Q-id<TAB>TYPE', got: " + line);
                }
                types.put(f[0], EntityType.valueOf(f[1].strip()));
                if (f.length >= 4) {
                    String kind = f[3].strip();
                    if (!KIND_ORDER.contains(kind)) {
                        throw new IllegalStateException(resource + ":" + (n + 1) + ": place kind must be one of " + KIND_ORDER + ": " + kind);
                    }
                    kinds.put(f[0], kind);
                }
            }
            return new WikidataClasses(types, kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
