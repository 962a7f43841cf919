package org.wirewatch.core.model;

/**
 * A mention of a person, organisation, place or other named thing; {@code id} is its canonical identity.
 * {@code sentiment} is how the mention's sentence portrays it ({@code positive}, {@code negative} or
 * {@code neutral}; null before the tone stage, or in a language it does not serve), and
 * {@code sentimentScore} its signed strength in [-1, 1] (null with it). A place ({@code LOC}) the
 * knowledge base locates has {@code lat}/{@code lon} (degrees, WGS 84) and {@code country} (ISO
 * 3166-1 alpha-2); they are null for other mentions and for places it does not know.
 */
public record Mention(int start, int end, String text, String type, String id, String name, String sentiment, Double sentimentScore,
        Double lat, Double lon, String country) {
    public Mention {
        Check.isTrue(start >= 0 && start <= end, "mention [%d,%d)", start, end);
        Check.notNullParam(type, "type");
        Check.isTrue(sentiment == null || Sentiments.isLabel(sentiment), "sentiment must be positive, negative or neutral: %s", sentiment);
        Check.isTrue((lat == null) == (lon == null), "lat and lon come together: %s, %s", lat, lon);
    }

    /** A mention whose sentiment is not known yet. */
    public Mention(int start, int end, String text, String type, String id, String name) {
        this(start, end, text, type, id, name, null, null);
    }

    /** A mention that is not located on a map. */
    public Mention(int start, int end, String text, String type, String id, String name, String sentiment, Double sentimentScore) {
        this(start, end, text, type, id, name, sentiment, sentimentScore, null, null, null);
    }

    /** This mention with how its sentence portrays it. */
    public Mention withSentiment(String label, double score) {
        return new Mention(start, end, text, type, id, name, Check.notNullParam(label, "label"), score, lat, lon, country);
    }

    /** This mention placed on the map: its point and country (null when not known). */
    public Mention withPlace(double lat, double lon, String country) {
        return new Mention(start, end, text, type, id, name, sentiment, sentimentScore, lat, lon, country);
    }

    /** The sentiment labels. */
    public static final class Sentiments {
        public static final String POSITIVE = "positive";
        public static final String NEGATIVE = "negative";
        public static final String NEUTRAL = "neutral";

        private Sentiments() {}

        public static boolean isLabel(String s) {
            return POSITIVE.equals(s) || NEGATIVE.equals(s) || NEUTRAL.equals(s);
        }
    }
}
