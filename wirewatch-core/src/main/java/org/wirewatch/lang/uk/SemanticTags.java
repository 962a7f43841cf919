package org.wirewatch.lang.uk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.linguistics.morph.NameClass;

/**
 * VESUM's semantic classes of nouns ({@code ua/net/nlp/dict_uk/semtags/noun.csv}: lines such as
 * {@code Київ,1:conc:loc,}), kept for capitalised lemmas only: about 41,000 names, 22,000 of
 * people ({@code hum}) and 20,000 of places ({@code loc}). Read on first use (~0.1 s, ~5 MB) and
 * then immutable. Thread-safe.
 */
final class SemanticTags {
    static final String RESOURCE = "/ua/net/nlp/dict_uk/semtags/noun.csv";

    private final Object lock = new Object();
    private volatile Map<String, NameClass> classes;

    /**
     * The class of a capitalised lemma from its first listed sense: {@code hum} → OTHER_PROPER
     * (VESUM tags the names of real people fname/lname/pname, so a bare {@code hum} is a god, a
     * mythical figure, a nickname or a band), {@code loc} → PLACE, {@code org} → ORGANIZATION.
     */
    Optional<NameClass> of(String lemma) {
        return Optional.ofNullable(classes().get(lemma));
    }

    boolean isLoaded() {
        return classes != null;
    }

    private Map<String, NameClass> classes() {
        Map<String, NameClass> c = classes;
        if (c != null) return c;
        synchronized (lock) {
            if (classes == null) classes = read();
            return classes;
        }
    }

    private static Map<String, NameClass> read() {
        try (InputStream in = SemanticTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("VESUM semantic tags missing from the classpath: " + RESOURCE);
            Map<String, NameClass> out = new HashMap<>(65_536);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) continue;
                int comma = line.indexOf(',');
                if (comma <= 0) continue;
                NameClass nameClass = classOf(line.substring(comma + 1));
                if (nameClass != null) out.putIfAbsent(line.substring(0, comma), nameClass);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The class named first in a semantic field such as {@code 1:conc:loc,:xp1}. */
    static NameClass classOf(String semantics) {
        int hum = indexOrMax(semantics, "conc:hum");
        int loc = indexOrMax(semantics, "conc:loc");
        int org = indexOrMax(semantics, ":org");
        int first = Math.min(hum, Math.min(loc, org));
        if (first == Integer.MAX_VALUE) return null;
        if (first == hum) return NameClass.OTHER_PROPER;
        return first == loc ? NameClass.PLACE : NameClass.ORGANIZATION;
    }

    private static int indexOrMax(String text, String part) {
        int i = text.indexOf(part);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
