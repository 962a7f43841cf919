package org.wirewatch.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from its page, each field from the most specific source first.
 * Must run before Readability, which removes scripts (JSON-LD) and page furniture. Thread-safe.
 */
final class PageMetadata {
    /** Metadata of one page; null or empty where the page says nothing usable. */
    record Meta(String title, String published, List<String> authors, String url, String lang, String source) {}

    private final JsonLd jsonLd = new JsonLd();

    Meta read(Document doc) {
        MetaTags meta = MetaTags.of(doc);
        JsonLd.Facts ld = jsonLd.read(doc);
        String url = url(doc, meta);
        String site = firstNonBlank(meta.first("og:site_name"), ld.publisher());
        List<String> publishers = new ArrayList<>();
        for (String name : new String[] {meta.first("og:site_name"), ld.publisher()}) if (name != null) publishers.add(name);
        return new Meta(SiteTitles.strip(title(doc, meta), site, url), published(doc, meta, ld),
                authors(doc, meta, ld, publishers), url, lang(doc, meta), site);
    }

    private static String title(Document doc, MetaTags meta) {
        Element h1 = doc.selectFirst("h1");
        return firstNonBlank(meta.first("og:title", "twitter:title"), doc.title(), h1 == null ? null : h1.text());
    }

    /** Explicit publication metadata first; a bare {@code <time>} last, as sidebars are full of them. */
    private static String published(Document doc, MetaTags meta, JsonLd.Facts ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.first("article:published_time", "og:published_time", "og:article:published_time",
                "article:published", "datepublished"));
        for (Element el : doc.select("[itemprop=datePublished]:not(meta)")) {
            candidates.add(firstNonBlank(el.attr("datetime"), el.attr("content"), el.text()));
        }
        candidates.add(ld.datePublished());
        candidates.add(meta.first("pubdate", "publishdate", "date", "dc.date.issued", "dcterms.created",
                "dc.date", "sailthru.date", "parsely-pub-date"));
        for (String query : new String[] {"time[pubdate][datetime]", "article time[datetime]", "time[datetime]"}) {
            Element time = doc.selectFirst(query);
            if (time != null) candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            String iso = IsoDates.normalise(c);
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The first source that names someone other than the site itself: many sites put their own
     * or their publisher's name in the author fields ("Condé Nast"), which credits nobody.
     */
    private static List<String> authors(Document doc, MetaTags meta, JsonLd.Facts ld, List<String> publishers) {
        String single = meta.first("author");
        if (single == null || isPublisher(single, publishers)) single = notUrl(meta.first("article:author"));
        if (single != null && !isPublisher(single, publishers)) return List.of(single);
        List<String> fromLd = withoutPublishers(ld.authors(), publishers);
        if (!fromLd.isEmpty()) return fromLd;
        LinkedHashSet<String> byRel = new LinkedHashSet<>();
        for (Element a : doc.select("a[rel~=(?i)\\bauthor\\b]")) {
            if (!a.text().isBlank()) byRel.add(a.text().strip());
        }
        return withoutPublishers(List.copyOf(byRel), publishers);
    }

    private static List<String> withoutPublishers(List<String> names, List<String> publishers) {
        List<String> kept = new ArrayList<>();
        for (String n : names) if (!isPublisher(n, publishers)) kept.add(n);
        return kept;
    }

    /** Same name as the site or publisher, ignoring case, spacing and punctuation ("CONDÉ NAST" = "Condé Nast"). */
    private static boolean isPublisher(String name, List<String> publishers) {
        String key = nameKey(name);
        if (key.isEmpty()) return false;
        for (String p : publishers) if (key.equals(nameKey(p))) return true;
        return false;
    }

    private static String nameKey(String name) {
        StringBuilder key = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static String url(Document doc, MetaTags meta) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String fromLink = canonical == null ? null : firstNonBlank(canonical.absUrl("href"), canonical.attr("href"));
        return firstNonBlank(fromLink, meta.first("og:url"), doc.location());
    }

    private static String lang(Document doc, MetaTags meta) {
        Element html = doc.selectFirst("html");
        String declared = html == null ? null : html.attr("lang");
        if (declared == null || declared.isBlank()) declared = meta.first("og:locale", "content-language");
        return declared;
    }

    private static String notUrl(String value) {
        if (value == null) return null;
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? null : value;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
