package org.wirewatch.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

/**
 * What the entity, story and quote views count over every stored article, without its text: the
 * article's language, date, title and source, its entity mentions (id, type, name, surface form),
 * the offices it gives people, how each mention is portrayed, where each located place is (lat, lon,
 * country: what the maps draw), and the speaker of each quote. Kept beside each article as a doc
 * value, so a view reads all matching articles' digests in one pass instead of parsing their
 * records.
 *
 * @param speakers the speaker id of each quote, in order; "" for a quote whose speaker has no id
 * @param events   for each event, the ids taking part in it (actor, target, places, source), once each
 */
public record ArticleDigest(String id, String lang, String title, String source, String published, String story,
                            List<Mention> mentions, List<RoleMention> roles, List<String> speakers, List<List<String>> events) {
    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    public ArticleDigest {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        speakers = List.copyOf(speakers);
        events = events.stream().map(List::copyOf).toList();
    }

    /**
     * The digest of an article read whole (a store that keeps no digests: Solr), keeping only what
     * concerns {@code onlyEntity} as {@link #decode(BytesRef, String)} does (null: everything).
     * Encoded and read back, so it equals the digest the embedded index stores for that article.
     */
    public static ArticleDigest of(Article a, String onlyEntity) {
        return decode(of(a).encode(), onlyEntity);
    }

    static ArticleDigest of(Article a) {
        List<String> speakers = new ArrayList<>();
        for (Quote q : a.quotes()) speakers.add(q.speaker() == null || q.speaker().id() == null ? "" : q.speaker().id());
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : a.entities()) {
            mentions.add(new Mention(0, 0, m.text(), m.type(), m.id(), m.name(), m.sentiment(), m.sentimentScore(), m.lat(), m.lon(), m.country()));
        }
        List<RoleMention> roles = new ArrayList<>();
        for (RoleMention r : a.roles()) roles.add(new RoleMention(r.personId(), r.person(), r.role(), r.orgId(), r.org(), 0, 0, r.date()));
        List<List<String>> events = new ArrayList<>();
        for (org.wirewatch.core.model.Event e : a.events()) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            for (String id : java.util.Arrays.asList(e.actor(), e.target(), e.location(), e.source())) if (id != null) ids.add(id);
            ids.addAll(e.locations());
            events.add(List.copyOf(ids));
        }
        return new ArticleDigest(a.id(), a.lang(), a.title(), a.source(), a.published(), StoryIds.of(a), mentions, roles, speakers, events);
    }

    /**
     * An article record holding only what the digest knows (no text; spans empty): enough for the
     * profile and counting code that reads records ({@code EntityProfiles}).
     */
    public Article skeleton() {
        return Article.builder(id, "").lang(lang).title(title).source(source).published(published).story(story)
                .entities(mentions).roles(roles).build();
    }

    BytesRef encode() {
        StringBuilder sb = new StringBuilder();
        line(sb, "a", id, lang, title, source, published, story);
        for (Mention m : mentions) {
            if (m.lat() == null) {
                line(sb, "m", m.text(), m.type(), m.id(), m.name(), m.sentiment(), m.sentimentScore() == null ? null : m.sentimentScore().toString());
            } else {
                line(sb, "m", m.text(), m.type(), m.id(), m.name(), m.sentiment(), m.sentimentScore() == null ? null : m.sentimentScore().toString(),
                        m.lat().toString(), m.lon().toString(), m.country());
            }
        }
        for (RoleMention r : roles) line(sb, "r", r.personId(), r.person(), r.role(), r.orgId(), r.org(), r.date());
        for (String s : speakers) line(sb, "q", s);
        for (List<String> e : events) line(sb, "e", e.toArray(String[]::new));
        return new BytesRef(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static ArticleDigest decode(BytesRef bytes) {
        return decode(bytes, null);
    }

    /**
     * With {@code onlyEntity}, only the mentions of that entity id and the offices and events it
     * takes part in are read (the rest are skipped before they are split): an entity page reads
     * tens of thousands of digests and needs nothing about the other entities in them.
     */
    static ArticleDigest decode(BytesRef bytes, String onlyEntity) {
        String all = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        String[] head = null;
        List<Mention> mentions = new ArrayList<>();
        List<RoleMention> roles = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<List<String>> events = new ArrayList<>();
        for (String line : all.split(String.valueOf(RECORD))) {
            if (line.isEmpty()) continue;
            if (onlyEntity != null && line.charAt(0) != 'a' && line.charAt(0) != 'q' && !line.contains(onlyEntity)) continue;
            String[] f = line.split(String.valueOf(FIELD), -1);
            switch (f[0]) {
                case "a" -> head = f;
                case "m" -> {
                    if (onlyEntity == null || onlyEntity.equals(n(f[3]))) mentions.add(mention(f));
                }
                case "r" -> roles.add(new RoleMention(nn(f[1]), n(f[2]), nn(f[3]), n(f[4]), n(f[5]), 0, 0, n(f[6])));
                case "q" -> speakers.add(f[1]);
                case "e" -> events.add(List.of(f).subList(1, f.length));
                default -> throw new IllegalStateException("unknown digest line '" + f[0] + "'");
            }
        }
        if (head == null) throw new IllegalStateException("a digest without its article line");
        return new ArticleDigest(head[1], n(head[2]), n(head[3]), n(head[4]), n(head[5]), n(head[6]), mentions, roles, speakers, events);
    }

    /**
     * The speaker id of each quote of an encoded digest, in order ("" for a quote without one), read
     * without decoding the rest: counting quotes over many articles needs nothing else of them.
     */
    static List<String> speakers(BytesRef bytes) {
        List<String> speakers = new ArrayList<>();
        byte[] b = bytes.bytes;
        int end = bytes.offset + bytes.length;
        for (int at = bytes.offset; at < end; ) {
            int next = at;
            while (next < end && b[next] != RECORD) next++;
            if (next - at >= 2 && b[at] == 'q' && b[at + 1] == FIELD) {
                speakers.add(new String(b, at + 2, next - at - 2, StandardCharsets.UTF_8));
            }
            at = next + 1;
        }
        return speakers;
    }

    /** A mention line; a located place has three more fields (lat, lon, country), which digests written before them lack. */
    private static Mention mention(String[] f) {
        Double score = n(f[6]) == null ? null : Double.valueOf(f[6]);
        if (f.length < 10) return new Mention(0, 0, n(f[1]), nn(f[2]), n(f[3]), n(f[4]), n(f[5]), score);
        return new Mention(0, 0, n(f[1]), nn(f[2]), n(f[3]), n(f[4]), n(f[5]), score, Double.valueOf(f[7]), Double.valueOf(f[8]), n(f[9]));
    }

    /** Nulls are written as a lone NUL so they read back as null, not "". */
    private static void line(StringBuilder sb, String kind, String... fields) {
        sb.append(kind);
        for (String f : fields) sb.append(FIELD).append(f == null ? "\u0000" : clean(f));
        sb.append(RECORD);
    }

    private static String clean(String s) {
        return s.replace(FIELD, ' ').replace(RECORD, ' ');
    }

    private static String n(String s) {
        return "\u0000".equals(s) ? null : s;
    }

    private static String nn(String s) {
        String v = n(s);
        return v == null ? "" : v;
    }
}
