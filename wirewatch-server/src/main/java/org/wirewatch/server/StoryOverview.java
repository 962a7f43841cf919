package org.wirewatch.server;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * What a story page sums up over every stored article of the story, fed one article at a time: its
 * top entities and places by mentions, its amounts once each (the same value of the same thing told
 * by several articles or languages is one row), which articles translate or copy which (named by
 * outlet and language), how many articles came per hour or day in each language, and the articles
 * that tell of events (for linking them into happenings). Not thread-safe: one per page request.
 */
final class StoryOverview {
    /** Entities and places listed on a story page. */
    static final int TOP = 12;
    /** Mention types that name places: they are listed as the story's places, not among its entities. */
    private static final Set<String> PLACE_TYPES = Set.of("LOC", "GPE");
    /** Translations and copies listed on a story page (relatedTotal counts them all). */
    static final int RELATED = 50;
    /** A story told within this many hours is charted by the hour, a longer one by the day. */
    private static final int HOURLY_SPAN = 72;

    record EntityCount(String id, String name, String type, int mentions, int articles) {}

    /** One amount as the story tells it: the first wording seen (with its article and offsets to link to), and how often it is told. */
    record AmountView(double value, String object, String count, String text, String articleId, int start, int end,
                      int mentions, int articles, List<String> languages) {}

    record ArticleRef(String id, String lang, String source, String title) {}

    /** {@code article} translates ({@code kind} "translation") or copies ("duplicate") {@code of}. */
    record RelatedView(String kind, ArticleRef article, ArticleRef of) {}

    /** Articles per language in one hour ("2024-11-13T10") or day ("2024-11-13"). */
    record Bucket(String at, Map<String, Integer> byLang) {}

    /** @param unit "hour" or "day"; buckets run from the first to the last, empty ones included */
    record Growth(String unit, List<Bucket> buckets, int undated) {}

    record Summary(List<EntityCount> entities, List<EntityCount> places, List<AmountView> amounts, List<RelatedView> related, int relatedTotal,
                   Growth growth) {}

    private final KnowledgeBase kb;
    private final Map<String, int[]> mentions = new HashMap<>();
    private final Map<String, Mention> firstMention = new HashMap<>();
    private final Map<String, Map<String, Integer>> types = new HashMap<>();
    private final Map<String, AmountTally> amounts = new LinkedHashMap<>();
    private final Map<String, ArticleRef> refs = new HashMap<>();
    private final List<String[]> relations = new ArrayList<>();
    private final List<String[]> dated = new ArrayList<>();
    private final List<Article> withEvents = new ArrayList<>();
    private int undated;

    StoryOverview(KnowledgeBase kb) {
        this.kb = kb;
    }

    void add(Article a) {
        refs.put(a.id(), ref(a));
        Set<String> here = new TreeSet<>();
        for (Mention m : a.entities()) {
            if (m.id() == null) continue;
            int[] c = mentions.computeIfAbsent(m.id(), k -> new int[2]);
            c[0]++;
            if (here.add(m.id())) c[1]++;
            firstMention.putIfAbsent(m.id(), m);
            types.computeIfAbsent(m.id(), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
        }
        Set<String> told = new TreeSet<>();
        for (Amount amount : a.amounts()) {
            AmountTally t = amounts.computeIfAbsent(amountKey(amount), k -> new AmountTally(amount, a.id()));
            t.mentions++;
            if (told.add(amountKey(amount))) t.articles++;
            if (a.lang() != null) t.languages.add(a.lang());
        }
        if (a.translationOf() != null) relations.add(new String[] {"translation", a.id(), a.translationOf()});
        if (a.duplicateOf() != null) relations.add(new String[] {"duplicate", a.id(), a.duplicateOf()});
        String hour = hour(a.published());
        if (hour != null) dated.add(new String[] {hour, a.lang() == null ? "und" : a.lang()});
        else undated++;
        if (!a.events().isEmpty()) withEvents.add(a);
    }

    /** "2024-11-13T10" from a published date and time; a bare date counts as its first hour; null when undated. */
    private static String hour(String published) {
        if (published == null || published.length() < 10) return null;
        return published.length() >= 13 && published.charAt(10) == 'T' ? published.substring(0, 13) : published.substring(0, 10) + "T00";
    }

    /** The articles fed so far that tell of at least one event. */
    List<Article> articlesWithEvents() {
        return withEvents;
    }

    /** @param outside finds an article a story article translates or copies when that one is not in the story (null: unknown) */
    Summary summary(Function<String, ArticleRef> outside) {
        List<EntityCount> entities = new ArrayList<>();
        List<EntityCount> places = new ArrayList<>();
        mentions.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String type = type(e.getKey());
                    List<EntityCount> to = PLACE_TYPES.contains(type) ? places : entities;
                    if (to.size() < TOP) to.add(new EntityCount(e.getKey(), name(firstMention.get(e.getKey())), type, e.getValue()[0], e.getValue()[1]));
                });
        List<AmountView> told = amounts.values().stream().map(AmountTally::view)
                .sorted(Comparator.comparing((AmountView v) -> -v.articles()).thenComparing(AmountView::value)).toList();
        List<RelatedView> related = new ArrayList<>();
        for (String[] r : relations.subList(0, Math.min(RELATED, relations.size()))) {
            ArticleRef of = refs.containsKey(r[2]) ? refs.get(r[2]) : outside.apply(r[2]);
            related.add(new RelatedView(r[0], refs.get(r[1]), of == null ? new ArticleRef(r[2], null, null, null) : of));
        }
        return new Summary(entities, places, told, related, relations.size(), growth());
    }

    /** The knowledge base's type, else the type most of its mentions have ("Ukrainian" is MISC, Ukraine a place). */
    private String type(String id) {
        return kb.byId(id).map(k -> k.type().name()).orElseGet(() -> types.get(id).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("MISC"));
    }

    private String name(Mention m) {
        String fromText = m.name() != null ? m.name() : m.text();
        return kb.byId(m.id()).map(KbEntity::name).orElse(fromText);
    }

    static ArticleRef ref(Article a) {
        return new ArticleRef(a.id(), a.lang(), a.source(), a.title());
    }

    /** The same number of the same thing; without a known object, the same wording (so different things are never merged). */
    private static String amountKey(Amount a) {
        String what = a.object() != null ? "o:" + a.object() : "t:" + a.text().strip().toLowerCase(java.util.Locale.ROOT);
        return a.value() + "|" + what;
    }

    private Growth growth() {
        boolean hourly = spanHours() <= HOURLY_SPAN;
        TreeMap<String, Map<String, Integer>> byAt = new TreeMap<>();
        for (String[] d : dated) {
            String at = d[0].substring(0, hourly ? 13 : 10);
            byAt.computeIfAbsent(at, k -> new TreeMap<>()).merge(d[1], 1, Integer::sum);
        }
        List<Bucket> buckets = new ArrayList<>();
        if (byAt.isEmpty()) return new Growth(hourly ? "hour" : "day", buckets, undated);
        try {
            for (String at : every(byAt.firstKey(), byAt.lastKey(), hourly)) {
                buckets.add(new Bucket(at, byAt.getOrDefault(at, Map.of())));
            }
        } catch (DateTimeParseException e) {
            byAt.forEach((at, counts) -> buckets.add(new Bucket(at, counts)));
        }
        return new Growth(hourly ? "hour" : "day", buckets, undated);
    }

    /** Every hour or day from first to last, inclusive, in the buckets' own form. */
    private static List<String> every(String first, String last, boolean hourly) {
        List<String> out = new ArrayList<>();
        if (hourly) {
            LocalDateTime end = LocalDateTime.parse(last + ":00");
            for (LocalDateTime t = LocalDateTime.parse(first + ":00"); !t.isAfter(end); t = t.plusHours(1)) out.add(t.toString().substring(0, 13));
        } else {
            LocalDate end = LocalDate.parse(last);
            for (LocalDate d = LocalDate.parse(first); !d.isAfter(end); d = d.plusDays(1)) out.add(d.toString());
        }
        return out;
    }

    private long spanHours() {
        String first = null, last = null;
        for (String[] d : dated) {
            String hour = d[0];
            if (first == null || hour.compareTo(first) < 0) first = hour;
            if (last == null || hour.compareTo(last) > 0) last = hour;
        }
        if (first == null) return 0;
        try {
            return ChronoUnit.HOURS.between(LocalDateTime.parse(first + ":00"), LocalDateTime.parse(last + ":00"));
        } catch (DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static final class AmountTally {
        final Amount first;
        final String articleId;
        final Set<String> languages = new TreeSet<>();
        int mentions;
        int articles;

        AmountTally(Amount first, String articleId) {
            this.first = first;
            this.articleId = articleId;
        }

        AmountView view() {
            return new AmountView(first.value(), first.object(), first.count(), first.text(), articleId, first.start(), first.end(),
                    mentions, articles, List.copyOf(languages));
        }
    }
}
