package org.wirewatch.core.model;

/**
 * A mention of a person, organisation, place or other named thing; {@code id} is its canonical identity.
 * {@code sentiment} is how the mention's sentence portrays it ({@code positive}, {@code negative} or
 * {@code neutral}; null before the tone stage, or in a language it does not serve), and
 * {@code sentimentScore} its signed strength in [-1, 1] (null with it).
 */
public record Mention(int start, int end, String text, String type, String id, String name, String sentiment, Double sentimentScore) {
    public Mention {
        Check.isTrue(start >= 0 && start <= end, "mention [%d,%d)", start, end);
        Check.notNullParam(type, "type");
        Check.isTrue(sentiment == null || Sentiments.isLabel(sentiment), "sentiment must be positive, negative or neutral: %s", sentiment);
    }

    /** A mention whose sentiment is not known yet. */
    public Mention(int start, int end, String text, String type, String id, String name) {
        this(start, end, text, type, id, name, null, null);
    }

    /** This mention with how its sentence portrays it. */
    public Mention withSentiment(String label, double score) {
        return new Mention(start, end, text, type, id, name, Check.notNullParam(label, "label"), score);
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
