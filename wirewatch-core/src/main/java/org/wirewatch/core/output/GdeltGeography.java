package org.wirewatch.core.output;

import java.util.Optional;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.Place;
import org.wirewatch.core.model.Mention;

/**
 * The geography GDELT's exports give a place: its location type, full name, country, point and
 * feature id. The point and country come from the mention (what the pipeline's knowledge base,
 * imports included, located) or else from the knowledge base; the kind from the knowledge base,
 * else from the id ({@code iso:} a country, anything else a city). Thread-safe.
 */
final class GdeltGeography {
    /** One place's columns; {@code lat}/{@code lon} null when not located. */
    record Geo(String type, String fullName, String country, Double lat, Double lon, String featureId) {
        String latText() {
            return lat == null ? "" : TsvFields.number(lat);
        }

        String lonText() {
            return lon == null ? "" : TsvFields.number(lon);
        }
    }

    private final KnowledgeBase kb;

    GdeltGeography(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The geography of the place {@code id} named {@code name}; {@code located} is a mention of it
     * with coordinates, or null. Empty when the id is not a place: neither located nor a LOC entity.
     */
    Optional<Geo> of(String id, String name, Mention located) {
        if (id == null) return Optional.empty();
        Optional<KbEntity> entity = kb.byId(id);
        Optional<Place> known = entity.flatMap(KbEntity::place);
        boolean isPlace = located != null || id.startsWith("iso:") || known.isPresent()
                || entity.map(e -> e.type().name().equals("LOC")).orElse(false);
        if (!isPlace) return Optional.empty();
        String kind = known.map(Place::kind).orElse(id.startsWith("iso:") ? Place.COUNTRY : Place.CITY);
        Double lat = located != null ? located.lat() : known.map(Place::lat).orElse(null);
        Double lon = located != null ? located.lon() : known.map(Place::lon).orElse(null);
        String country = located != null && located.country() != null ? located.country()
                : known.map(Place::country).orElse(TsvFields.countryCode(id).isEmpty() ? null : TsvFields.countryCode(id));
        return Optional.of(new Geo(type(kind, country), fullName(name, kind, country), country == null ? "" : country, lat, lon, id));
    }

    /** GDELT's types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level region). */
    private static String type(String kind, String country) {
        boolean us = "US".equals(country);
        return switch (kind) {
            case Place.COUNTRY -> "1";
            case Place.REGION -> us ? "2" : "5";
            default -> us ? "3" : "4";
        };
    }

    /** "Kharkiv, Ukraine", as GDELT names a place with its country; a country alone. */
    private String fullName(String name, String kind, String country) {
        if (kind.equals(Place.COUNTRY) || country == null) return name;
        return kb.byId("iso:" + country).map(c -> name + ", " + c.name()).orElse(name);
    }
}
