package org.wirewatch.core.kb;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.model.Check;

/**
 * Where a place of the knowledge base lies: a point (degrees, WGS 84), the ISO 3166 code of its
 * country and its kind. Countries and regions are points too (their approximate centre): what a
 * map pin or GDELT's geography columns need, not an outline.
 *
 * @param country ISO 3166-1 alpha-2 code, null when not known (seas, continents)
 * @param kind {@link #COUNTRY}, {@link #REGION} or {@link #CITY}
 */
public record Place(double lat, double lon, String country, String kind) {
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String CITY = "city";

    /** Classes of a point-like place: a city, town, base or plant is mapped as a city. */
    private static final List<String> CITY_CLASSES = List.of("city", "capital", "town", "village", "place",
            "military-base", "facility", "power-plant");

    public Place {
        Check.isTrue(lat >= -90 && lat <= 90, "latitude out of range: %s", lat);
        Check.isTrue(lon >= -180 && lon <= 180, "longitude out of range: %s", lon);
        Check.isTrue(COUNTRY.equals(kind) || REGION.equals(kind) || CITY.equals(kind), "unknown place kind: %s", kind);
    }

    /**
     * The place of a LOC entity with {@code lat} and {@code lon} attributes. Its country is its
     * {@code iso2} attribute (a country itself) or its {@code country} attribute when that is an
     * {@code iso:} id; its kind the {@code kind} attribute, else read from its classes.
     */
    public static Optional<Place> of(KbEntity e) {
        String lat = e.attributes().get("lat");
        String lon = e.attributes().get("lon");
        if (e.type() != EntityType.LOC || lat == null || lon == null) return Optional.empty();
        return Optional.of(new Place(Double.parseDouble(lat), Double.parseDouble(lon), country(e), kind(e)));
    }

    private static String country(KbEntity e) {
        String iso2 = e.attributes().get("iso2");
        if (iso2 != null) return iso2;
        String country = e.attributes().get("country");
        return country != null && country.startsWith("iso:") ? country.substring(4) : null;
    }

    private static String kind(KbEntity e) {
        String kind = e.attributes().get("kind");
        if (kind != null) return kind;
        if (e.isA("country") || e.attributes().containsKey("iso2")) return COUNTRY;
        for (String cls : CITY_CLASSES) if (e.isA(cls)) return CITY;
        return REGION;
    }
}
