package org.wirewatch.core.model;

import java.util.List;

/**
 * An article as a reader found it, before any cleaning. Only {@code text} and {@code origin}
 * are required; every other field is null (or empty) when the input did not say.
 *
 * @param id        the id the input gave, kept verbatim; null when the reader must derive one
 * @param lang      the language the input declared, as any tag ("uk_UA", "rus"); kept as its
 *                  validated ISO 639-1 code, or null with an {@code invalid_language} issue when
 *                  it names no language
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
        java.util.Optional<Language> declared = Language.parse(lang);
        if (declared.isEmpty() && lang != null && !lang.isBlank()) issues = with(issues, invalidLanguage(lang));
        lang = declared.map(Language::code).orElse(null);
    }

    /** The declared language, validated; empty when the input declared none. */
    public java.util.Optional<Language> language() {
        return java.util.Optional.ofNullable(lang).map(Language::new);
    }

    private static Issue invalidLanguage(String tag) {
        return new Issue(Issue.INVALID_LANGUAGE, "lang '" + tag + "' names no language; identified from the text instead");
    }

    private static List<Issue> with(List<Issue> issues, Issue more) {
        var all = new java.util.ArrayList<>(issues);
        all.add(more);
        return List.copyOf(all);
    }

    /** A plain article with only text, as read from a text file. */
    public static RawArticle ofText(String id, String text, SourceRef origin) {
        return new RawArticle(id, text, null, null, null, null, null, List.of(), origin, false, List.of());
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, text, title, url, lang, published, source, authors, origin, markup, issues);
    }

    public RawArticle withIssue(Issue issue) {
        return new RawArticle(id, text, title, url, lang, published, source, authors, origin, markup, with(issues, issue));
    }
}
