package org.wirewatch.core.model;

import java.util.List;

/**
 * An article as a reader found it, before any cleaning. Only {@code text} and {@code origin}
 * are required; every other field is null (or empty) when the input did not say.
 *
 * @param id        the id the input gave, kept verbatim; null when the reader must derive one
 * @param published ISO-8601 at the precision the input gives ("2024-11-13", "2024-11-13T17:21")
 * @param markup    true when title and metadata came from markup (HTML, feed, JSON fields),
 *                  so the text needs no line-level cleaning of scraped page furniture
 */
public record RawArticle(
        String id,
        String text,
        String title,
        String url,
        String lang,
        String published,
        String source,
        List<String> authors,
        SourceRef origin,
        boolean markup,
        List<Issue> issues) {

    public RawArticle {
        Check.notNullParam(text, "text");
        Check.notNullParam(origin, "origin");
        authors = authors == null ? List.of() : List.copyOf(authors);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** A plain article with only text, as read from a text file. */
    public static RawArticle ofText(String id, String text, SourceRef origin) {
        return new RawArticle(id, text, null, null, null, null, null, List.of(), origin, false, List.of());
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, text, title, url, lang, published, source, authors, origin, markup, issues);
    }

    public RawArticle withIssue(Issue issue) {
        var all = new java.util.ArrayList<>(issues);
        all.add(issue);
        return new RawArticle(id, text, title, url, lang, published, source, authors, origin, markup, all);
    }
}
