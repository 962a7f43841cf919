package org.wirewatch.core.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.wirewatch.core.linguistics.morph.DemonymInflections;

/**
 * Entities with names in several languages, one identity per real-world thing. Implementations
 * are immutable and thread-safe: build once, share across stages and threads.
 *
 * <p>Lookups compare names by {@link NameKey}: case, diacritics of Latin letters, quotes,
 * apostrophes, hyphens, dots, whitespace and a leading English "the" do not matter. Inflected
 * forms ("Києві", "Блинкена") are not matched here; lemmatise first.
 */
public interface KnowledgeBase {

    /** The entity with this id; ids merged into another entity (a curated id now under a Q-id) still resolve. */
    Optional<KbEntity> byId(String id);

    /**
     * Entities one of whose labels equals the name after normalisation, those with the label in
     * the given language first, then those with it in any language; within each group the curated
     * and most prominent entities and the preferred labels come first. Empty when none.
     *
     * @param lang ISO 639-1 code of the text the name comes from, or null when unknown
     */
    List<KbEntity> find(String name, String lang);

    /**
     * The country a demonym or adjective names: "Russian", "российские", "російських",
     * "Ukrainian", "украинский" → the country entity. Compared after lower-casing; inflected
     * Russian and Ukrainian adjectives are recognised by their stem. The given language is tried
     * first, then every other.
     */
    Optional<KbEntity> countryOfDemonym(String word, String lang, DemonymInflections inflections);

    /** Every entity, in no particular order; for other layers to build their own indexes. */
    Stream<KbEntity> entities();

    /** How many entities there are. */
    int size();

    /** The offices a person held, as far as the knowledge base knows; empty when none are recorded. */
    default List<Role> roles(String entityId) {
        return List.of();
    }

    /**
     * Who held an office on a day: {@code holders("Secretary General", "ww:nato", 2024-07-08)} →
     * Jens Stoltenberg. The title is compared by {@link NameKey}; the organisation by id (merged
     * ids resolve). Empty when nobody recorded held it then.
     */
    default List<KbEntity> holders(String title, String orgId, LocalDate day) {
        return List.of();
    }
}
