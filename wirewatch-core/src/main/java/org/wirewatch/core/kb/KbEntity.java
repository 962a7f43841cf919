package org.wirewatch.core.kb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.model.Check;

/**
 * One entity of the knowledge base: a person, organisation, place or other named thing, with its
 * names in several languages. Immutable: the maps and lists are unmodifiable copies.
 *
 * @param id canonical identity: a Wikidata Q-id ({@code "Q7184"}) when imported, {@code "iso:UA"}
 *     for countries and territories from CLDR, {@code "ww:<slug>"} for the curated gazetteer
 * @param type coarse type
 * @param name English display name (or the first name known when there is no English one)
 * @param labels language code → names and aliases, preferred first
 * @param instanceOf Wikidata Q-ids or our own class names ({@code "country"}, {@code "city"},
 *     {@code "organization"}, {@code "human"})
 * @param attributes a few facts: {@code "iso2"}, {@code "country"} (an entity id), {@code "wikidata"},
 *     {@code "lat"} and {@code "lon"} (degrees), {@code "kind"} (see {@link Place})
 */
public record KbEntity(String id, EntityType type, String name, Map<String, List<String>> labels,
        List<String> instanceOf, Map<String, String> attributes) {

    public KbEntity {
        Check.notNullParam(id, "id");
        Check.isTrue(!id.isBlank(), "id must not be blank");
        Check.notNullParam(type, "type");
        Check.notNullParam(name, "name");
        Check.notNullParam(labels, "labels");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        labels.forEach((lang, names) -> copy.put(lang, List.copyOf(names)));
        // LinkedHashMap keeps the language order the data gave; callers display labels in it.
        labels = Collections.unmodifiableMap(copy);
        instanceOf = List.copyOf(instanceOf == null ? List.of() : instanceOf);
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The names in one language, preferred first; empty when there are none. */
    public List<String> labels(String lang) {
        return labels.getOrDefault(lang, List.of());
    }

    /** One attribute, if present. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** Where this place lies, when it is a LOC entity with coordinates. */
    public Optional<Place> place() {
        return Place.of(this);
    }

    /** Whether this entity is an instance of the given class (a Q-id or one of our class names). */
    public boolean isA(String cls) {
        return instanceOf.contains(cls);
    }
}
