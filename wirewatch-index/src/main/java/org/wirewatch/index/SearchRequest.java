package org.wirewatch.index;

import java.time.LocalDate;

/**
 * One search: a query in the query syntax (words, "phrases", AND/OR/NOT, +must -mustNot; empty
 * for everything; GDELT's {@code tone<-5}, {@code toneabs>10}, {@code sort:tonedesc}, see {@link ToneOperators}), and filters that are null when not wanted. Results are paged by
 * {@code offset}/{@code limit}; with no query they come newest first.
 *
 * @param entity an entity as a user names it, in any language or script, or its id
 * @param eventType keeps articles that tell of at least one event of this type (e.g. ATTACK)
 * @param expand whether a query word or phrase that names an entity (the knowledge base's, or a name
 *               whose cross-script key the index has seen) also finds that entity's mentions in every
 *               language and script ({@link NameExpansion}); free words stay per-language either way
 * @param category keeps articles in this category (its id, e.g. air-strikes; docs/categories.md)
 */
public record SearchRequest(String query, String lang, LocalDate from, LocalDate to, String entity, String source,
                            String story, String speaker, String eventType, int offset, int limit, boolean expand,
                            String category) {

    /** No search may page deeper than this: keeps one request's cost bounded. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
        if (offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit may not exceed " + MAX_WINDOW + " (got " + (offset + limit) + ")");
        }
    }

    /** With name expansion on and no category filter. */
    public SearchRequest(String query, String lang, LocalDate from, LocalDate to, String entity, String source,
                         String story, String speaker, String eventType, int offset, int limit) {
        this(query, lang, from, to, entity, source, story, speaker, eventType, offset, limit, true, null);
    }

    /** Without an event-type filter. */
    public SearchRequest(String query, String lang, LocalDate from, LocalDate to, String entity, String source,
                         String story, String speaker, int offset, int limit) {
        this(query, lang, from, to, entity, source, story, speaker, null, offset, limit);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, 0, 10);
    }

    public static SearchRequest all() {
        return of(null);
    }

    public SearchRequest withLang(String l) {
        return new SearchRequest(query, l, from, to, entity, source, story, speaker, eventType, offset, limit, expand, category);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return new SearchRequest(query, lang, f, t, entity, source, story, speaker, eventType, offset, limit, expand, category);
    }

    public SearchRequest withEntity(String e) {
        return new SearchRequest(query, lang, from, to, e, source, story, speaker, eventType, offset, limit, expand, category);
    }

    public SearchRequest withSource(String s) {
        return new SearchRequest(query, lang, from, to, entity, s, story, speaker, eventType, offset, limit, expand, category);
    }

    public SearchRequest withStory(String s) {
        return new SearchRequest(query, lang, from, to, entity, source, s, speaker, eventType, offset, limit, expand, category);
    }

    public SearchRequest withSpeaker(String s) {
        return new SearchRequest(query, lang, from, to, entity, source, story, s, eventType, offset, limit, expand, category);
    }

    public SearchRequest withEventType(String t) {
        return new SearchRequest(query, lang, from, to, entity, source, story, speaker, t, offset, limit, expand, category);
    }

    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(query, lang, from, to, entity, source, story, speaker, eventType, newOffset, newLimit, expand, category);
    }

    /** With name expansion on or off (on by default). */
    public SearchRequest withExpand(boolean e) {
        return new SearchRequest(query, lang, from, to, entity, source, story, speaker, eventType, offset, limit, e, category);
    }

    /** With a category filter (null for none). */
    public SearchRequest withCategory(String c) {
        return new SearchRequest(query, lang, from, to, entity, source, story, speaker, eventType, offset, limit, expand, c);
    }

    /** Whether the query has words to search for, beyond GDELT's tone operators. */
    boolean hasText() {
        return operators().words() != null;
    }

    ToneOperators operators() {
        return ToneOperators.parse(query);
    }
}
