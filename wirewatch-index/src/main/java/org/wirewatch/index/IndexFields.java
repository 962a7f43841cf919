package org.wirewatch.index;

/** The names of the index fields; the body fields are named by each language's analysis. */
final class IndexFields {
    static final String ID = "id";
    static final String HASH = "hash";
    static final String JSON = "json";
    static final String LANG = "lang";
    static final String SOURCE = "source";
    static final String STORY = "story";
    static final String ENTITY = "entity";
    /** Cross-script keys of entity names and surface forms, for names the knowledge base does not know. */
    static final String ENTITY_KEY = "entity_key";
    static final String SPEAKER = "speaker";
    static final String EVENT_TYPE = "event_type";
    static final String CATEGORY = "category";
    /** Days since 1970-01-01 of the published date (points for ranges, doc values for sorting). */
    static final String DAY = "day";
    /** Minutes since 1970 of the published date and time, for newest-first order. */
    static final String TIME = "time";

    /** GDELT tone of the article, per 100 words (points for tone&gt;/tone&lt;, doc values for sorting by tone). */
    static final String TONE = "tone";
    /** The absolute value of the tone (toneabs&gt;/toneabs&lt;). */
    static final String TONE_ABS = "tone_abs";

    /** The article's {@link ArticleDigest}, a binary doc value: what the views count over all articles. */
    static final String DIGEST = "digest";

    private IndexFields() {}
}
