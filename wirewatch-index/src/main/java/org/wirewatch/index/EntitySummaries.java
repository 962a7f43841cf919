package org.wirewatch.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/**
 * Adds articles' digests to (or takes them from) the {@link EntitySummary} of every entity they
 * mention: what a commit does with the articles it stores or replaces, and what a recount does
 * over every stored article. Counting is exact and does not depend on the order articles come in,
 * so a summary kept up commit by commit equals one counted afresh. Not thread-safe.
 */
final class EntitySummaries {
    private final Function<String, EntitySummary> start;
    private final String only;
    private final Map<String, Tallies> byId = new LinkedHashMap<>();

    /**
     * @param start the summary an entity starts from (the committed one; null for none)
     * @param only  count for this entity alone (null: for every entity an article mentions)
     */
    EntitySummaries(Function<String, EntitySummary> start, String only) {
        this.start = start;
        this.only = only;
    }

    /** Adds ({@code sign} 1) or takes away (-1) one article. */
    void add(ArticleDigest d, int sign) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : d.mentions()) if (m.id() != null) ids.add(m.id());
        for (String id : ids) {
            if (only != null && !only.equals(id)) continue;
            byId.computeIfAbsent(id, k -> new Tallies(k, start.apply(k))).add(d, ids, sign);
        }
    }

    /** The summaries of every entity touched, as they stand now (those whose articles all went: zero articles). */
    List<EntitySummary> summaries() {
        List<EntitySummary> out = new ArrayList<>();
        for (Tallies t : byId.values()) out.add(t.summary());
        return out;
    }

    /** One entity's counts, mutable while articles are added. */
    private static final class Tallies {
        private final String id;
        private long articles;
        private long mentions;
        private long quotes;
        private long events;
        private final Map<String, Long> labels = new TreeMap<>();
        private final Map<String, Map<String, Long>> forms = new TreeMap<>();
        private final Map<String, long[]> days = new TreeMap<>();
        private final Map<String, long[]> tone = new TreeMap<>();
        private final Map<String, Map<String, EntitySummary.OfficeDay>> offices = new TreeMap<>();
        private final Map<String, Long> together = new TreeMap<>();

        Tallies(String id, EntitySummary from) {
            this.id = id;
            if (from == null) return;
            articles = from.articles();
            mentions = from.mentions();
            quotes = from.quotes();
            events = from.events();
            labels.putAll(from.labels());
            from.forms().forEach((lang, f) -> forms.put(lang, new TreeMap<>(f)));
            from.days().forEach((day, c) -> days.put(day, new long[] {c.articles(), c.mentions()}));
            from.tone().forEach((k, t) -> tone.put(k, new long[] {t.positive(), t.neutral(), t.negative(), t.scoreMicros()}));
            from.offices().forEach((k, byDay) -> offices.put(k, new TreeMap<>(byDay)));
            together.putAll(from.together());
        }

        void add(ArticleDigest d, Set<String> ids, int sign) {
            int here = 0;
            for (Mention m : d.mentions()) {
                if (!id.equals(m.id())) continue;
                here++;
                count(labels, EntitySummary.part(m.type()) + "\t" + EntitySummary.part(m.name()), sign);
                count(forms.computeIfAbsent(String.valueOf(d.lang()), k -> new TreeMap<>()), m.text() == null ? "" : m.text(), sign);
                if (m.sentiment() != null && d.published() != null && d.published().length() >= 7) {
                    String month = d.published().substring(0, 7);
                    tone(month + "\tlang\t" + (d.lang() == null ? "und" : d.lang()), m, sign);
                    tone(month + "\tsource\t" + (d.source() == null ? "unknown" : d.source()), m, sign);
                }
            }
            forms.values().removeIf(Map::isEmpty);
            articles += sign;
            mentions += (long) sign * here;
            for (String speaker : d.speakers()) if (id.equals(speaker)) quotes += sign;
            for (List<String> taking : d.events()) if (taking.contains(id)) events += sign;
            if (d.published() != null && d.published().length() >= 10) {
                long[] c = days.computeIfAbsent(d.published().substring(0, 10), k -> new long[2]);
                c[0] += sign;
                c[1] += (long) sign * here;
                if (c[0] == 0 && c[1] == 0) days.remove(d.published().substring(0, 10));
            }
            for (RoleMention r : d.roles()) {
                if (id.equals(r.personId())) office(r, d.id(), sign);
                if (id.equals(r.orgId())) office(r, d.id(), sign);
            }
            for (String other : ids) if (!other.equals(id)) count(together, other, sign);
        }

        private void tone(String key, Mention m, int sign) {
            long[] c = tone.computeIfAbsent(key, k -> new long[4]);
            switch (m.sentiment()) {
                case Mention.Sentiments.POSITIVE -> c[0] += sign;
                case Mention.Sentiments.NEGATIVE -> c[2] += sign;
                default -> c[1] += sign;
            }
            c[3] += sign * (m.sentimentScore() == null ? 0 : Math.round(m.sentimentScore() * 1e6));
            if (c[0] == 0 && c[1] == 0 && c[2] == 0) tone.remove(key);
        }

        /** The cited article is the smallest id giving the office that day; one taken away leaves the citation as it was. */
        private void office(RoleMention r, String article, int sign) {
            Map<String, EntitySummary.OfficeDay> byDay = offices.computeIfAbsent(EntitySummary.officeKey(r.person(), r.role(), r.org()), k -> new TreeMap<>());
            String day = r.date() == null ? "" : r.date();
            EntitySummary.OfficeDay was = byDay.get(day);
            long n = (was == null ? 0 : was.articles()) + sign;
            String cited = was == null ? article : sign > 0 && article.compareTo(was.article()) < 0 ? article : was.article();
            if (n <= 0) byDay.remove(day);
            else byDay.put(day, new EntitySummary.OfficeDay(n, cited));
            if (byDay.isEmpty()) offices.remove(EntitySummary.officeKey(r.person(), r.role(), r.org()));
        }

        private static void count(Map<String, Long> m, String key, int sign) {
            long n = m.getOrDefault(key, 0L) + sign;
            if (n == 0) m.remove(key);
            else m.put(key, n);
        }

        EntitySummary summary() {
            Map<String, EntitySummary.Count> dayCounts = new TreeMap<>();
            days.forEach((day, c) -> dayCounts.put(day, new EntitySummary.Count(c[0], c[1])));
            Map<String, EntitySummary.Tone> tones = new TreeMap<>();
            tone.forEach((k, c) -> tones.put(k, new EntitySummary.Tone(c[0], c[1], c[2], c[3])));
            return new EntitySummary(id, articles, mentions, quotes, events, new TreeMap<>(labels), copy(forms), new TreeMap<>(dayCounts),
                    new TreeMap<>(tones), copy(offices), new TreeMap<>(together));
        }

        private static <V> java.util.SortedMap<String, java.util.SortedMap<String, V>> copy(Map<String, Map<String, V>> m) {
            java.util.SortedMap<String, java.util.SortedMap<String, V>> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
            return out;
        }
    }
}
