package org.wirewatch.core.model;

import java.util.List;

/**
 * The analysed article: the contract between stages, the CLI, the API and exports
 * (see DESIGN.md). Every offset points into {@code text} (UTF-16 code units, end exclusive).
 * Unknown values are null or empty lists, never invented.
 */
public record Article(
        String id,
        String lang,
        String title,
        String source,
        String url,
        List<String> authors,
        String published,
        boolean publishedInferred,
        String text,
        List<Segment> segments,
        List<Paragraph> paragraphs,
        List<Mention> entities,
        List<RoleMention> roles,
        List<Quote> quotes,
        List<DateMention> dates,
        List<Amount> amounts,
        List<Event> events,
        String story,
        String duplicateOf,
        String translationOf,
        List<Issue> issues) {

    public Article {
        Check.notNullParam(id, "id");
        Check.notNullParam(text, "text");
        authors = copy(authors);
        segments = copy(segments);
        paragraphs = copy(paragraphs);
        entities = copy(entities);
        roles = copy(roles);
        quotes = copy(quotes);
        dates = copy(dates);
        amounts = copy(amounts);
        events = copy(events);
        issues = copy(issues);
        for (Segment s : segments) Check.span(s.start(), s.end(), text.length(), "segment");
        for (Paragraph p : paragraphs) Check.span(p.start(), p.end(), text.length(), "paragraph");
        for (Mention m : entities) Check.span(m.start(), m.end(), text.length(), "entity");
    }

    /** This article placed in a story: its story id, and the article it copies or translates (or null). */
    public Article withStory(String storyId, String duplicateOfId, String translationOfId) {
        return new Article(id, lang, title, source, url, authors, published, publishedInferred, text, segments, paragraphs,
                entities, roles, quotes, dates, amounts, events, storyId, duplicateOfId, translationOfId, issues);
    }

    /** This article with the events found in it. */
    public Article withEvents(List<Event> found) {
        return new Article(id, lang, title, source, url, authors, published, publishedInferred, text, segments, paragraphs,
                entities, roles, quotes, dates, amounts, found, story, duplicateOf, translationOf, issues);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
