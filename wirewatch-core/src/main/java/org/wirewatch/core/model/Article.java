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
        Tone tone,
        List<Category> categories,
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
        categories = copy(categories);
        issues = copy(issues);
        for (Segment s : segments) Check.span(s.start(), s.end(), text.length(), "segment");
        for (Paragraph p : paragraphs) Check.span(p.start(), p.end(), text.length(), "paragraph");
        for (Mention m : entities) Check.span(m.start(), m.end(), text.length(), "entity");
        for (Category c : categories) for (Category.Evidence e : c.evidence()) Check.span(e.start(), e.end(), text.length(), "category evidence");
        if (tone != null) for (ToneEvidence e : tone.evidence()) Check.span(e.start(), e.end(), text.length(), "tone evidence");
    }

    /** A builder for an article with this id and text and nothing else known yet. */
    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A builder starting from every field of this article, to change a few. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This article placed in a story: its story id, and the article it copies or translates (or null). */
    public Article withStory(String storyId, String duplicateOfId, String translationOfId) {
        return toBuilder().story(storyId).duplicateOf(duplicateOfId).translationOf(translationOfId).build();
    }

    /** This article with the events found in it. */
    public Article withEvents(List<Event> found) {
        return toBuilder().events(found).build();
    }

    /** This article with its tone and its entity mentions' sentiment. */
    public Article withTone(Tone found, List<Mention> mentions) {
        return toBuilder().tone(found).entities(mentions).build();
    }

    /** This article with the categories it belongs to. */
    public Article withCategories(List<Category> found) {
        return toBuilder().categories(found).build();
    }

    /** This article with other segments (live-blog posts placed in stories, say). */
    public Article withSegments(List<Segment> changed) {
        return toBuilder().segments(changed).build();
    }

    /** This article with one more issue recorded. */
    public Article withIssue(Issue issue) {
        List<Issue> all = new java.util.ArrayList<>(issues);
        all.add(Check.notNullParam(issue, "issue"));
        return toBuilder().issues(all).build();
    }

    /**
     * Collects an article's fields; {@link #build()} validates them as the record does. Not
     * thread-safe; one builder makes one article at a time.
     */
    public static final class Builder {
        private String id;
        private String lang;
        private String title;
        private String source;
        private String url;
        private List<String> authors = List.of();
        private String published;
        private boolean publishedInferred;
        private String text;
        private List<Segment> segments = List.of();
        private List<Paragraph> paragraphs = List.of();
        private List<Mention> entities = List.of();
        private List<RoleMention> roles = List.of();
        private List<Quote> quotes = List.of();
        private List<DateMention> dates = List.of();
        private List<Amount> amounts = List.of();
        private List<Event> events = List.of();
        private Tone tone;
        private List<Category> categories = List.of();
        private String story;
        private String duplicateOf;
        private String translationOf;
        private List<Issue> issues = List.of();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        private Builder(Article a) {
            this(a.id, a.text);
            lang = a.lang;
            title = a.title;
            source = a.source;
            url = a.url;
            authors = a.authors;
            published = a.published;
            publishedInferred = a.publishedInferred;
            segments = a.segments;
            paragraphs = a.paragraphs;
            entities = a.entities;
            roles = a.roles;
            quotes = a.quotes;
            dates = a.dates;
            amounts = a.amounts;
            events = a.events;
            tone = a.tone;
            categories = a.categories;
            story = a.story;
            duplicateOf = a.duplicateOf;
            translationOf = a.translationOf;
            issues = a.issues;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder lang(String v) { lang = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        /** The date and whether it was inferred from the text rather than given. */
        public Builder published(String v, boolean inferred) { published = v; publishedInferred = inferred; return this; }
        public Builder published(String v) { return published(v, false); }
        public Builder text(String v) { text = v; return this; }
        public Builder segments(List<Segment> v) { segments = v; return this; }
        public Builder paragraphs(List<Paragraph> v) { paragraphs = v; return this; }
        public Builder entities(List<Mention> v) { entities = v; return this; }
        public Builder roles(List<RoleMention> v) { roles = v; return this; }
        public Builder quotes(List<Quote> v) { quotes = v; return this; }
        public Builder dates(List<DateMention> v) { dates = v; return this; }
        public Builder amounts(List<Amount> v) { amounts = v; return this; }
        public Builder events(List<Event> v) { events = v; return this; }
        public Builder tone(Tone v) { tone = v; return this; }
        public Builder categories(List<Category> v) { categories = v; return this; }
        public Builder story(String v) { story = v; return this; }
        public Builder duplicateOf(String v) { duplicateOf = v; return this; }
        public Builder translationOf(String v) { translationOf = v; return this; }
        public Builder issues(List<Issue> v) { issues = v; return this; }

        public Article build() {
            return new Article(id, lang, title, source, url, authors, published, publishedInferred, text, segments, paragraphs,
                    entities, roles, quotes, dates, amounts, events, tone, categories, story, duplicateOf, translationOf, issues);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
