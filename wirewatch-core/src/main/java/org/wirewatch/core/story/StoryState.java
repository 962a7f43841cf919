package org.wirewatch.core.story;

import static org.wirewatch.core.story.Evidence.UNKNOWN;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story while it is open: its members, its newest units with all their evidence (what new
 * units are compared with), entity counts for its summary, and the index keys it is filed under.
 * Mutable; owned by one {@link StoryClusterer}.
 */
final class StoryState {
    /** How many recent units keep all their evidence. */
    static final int EXEMPLARS = 12;
    private static final int TOP_ENTITIES = 10;
    /** How many of a story's first units are kept as its core: what it was about when it began, for the drift guard on merging. */
    static final int CORE = 4;
    /** How many units rarity must have counted before exemplars are re-weighed ({@link #refresh}). */
    private static final int REWEIGH_FROM = 100;

    /** A unit of the story, kept without its lemmas, for duplicate checks and the timeline. */
    record Member(Evidence evidence, String duplicateOf, String translationOf) {}

    /**
     * The state as plain data, for snapshots. {@code weighed}: how many units rarity had counted
     * when each exemplar was weighed (absent in snapshots of version 1).
     */
    record Saved(String id, long sequence, List<String> merged, Map<String, Double> entities, Map<String, String> names,
                 long first, long last, long touched, Map<String, String> headlines, List<String> sources, List<Member> members,
                 List<Similarity.Weighted> exemplars, List<Integer> weighed, Set<String> keys, List<Similarity.Weighted> core,
                 List<Integer> coreWeighed) {}

    /**
     * A recent unit with its weights, and how many units rarity had counted when they were
     * computed: weights from a young stream are re-computed once rarity has seen twice as many
     * units, so what arrived first is not judged by the rarity of the first few articles forever.
     */
    private record Exemplar(Similarity.Weighted unit, int weighedAt) {}

    final String id;
    final long sequence;
    private final List<String> merged = new ArrayList<>();
    private final Map<String, Double> entities = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> headlines = new TreeMap<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Member> members = new ArrayList<>();
    private final ArrayDeque<Exemplar> exemplars = new ArrayDeque<>();
    /** The first {@link #CORE} units that were not copies: what the story was about when it started. */
    private final List<Exemplar> core = new ArrayList<>(CORE);
    private final Set<String> keys = new HashSet<>();
    private long first = UNKNOWN;
    private long last = UNKNOWN;
    /** The newest time the story was touched, dated or not: what ageing goes by. */
    private long touched = UNKNOWN;
    /**
     * Scratch of {@link StoryIndex#candidates}: the lookup and the key that last met the story,
     * and the rarity it shares with the unit looked up. Kept here so that a lookup meeting
     * thousands of stories needs no map.
     */
    int hitMark, keyMark;
    double shared;
    /**
     * At most the oldest weighing time of any exemplar or core unit (an exemplar pushed out may
     * have been older): {@link #refresh}, asked for every pooled story of every unit, then looks
     * at none of them while no weights can be stale.
     */
    private int oldestWeighing = Integer.MAX_VALUE;

    StoryState(String id, long sequence) {
        this.id = id;
        this.sequence = sequence;
    }

    /** Adds a unit; a near-duplicate is listed but not kept as an exemplar, since its original already is. */
    void add(Similarity.Weighted unit, int weighedAt, String duplicateOf, String translationOf, long arrival) {
        Evidence e = unit.evidence();
        e.entities().forEach((k, v) -> entities.merge(k, v, Double::sum));
        e.entityNames().forEach(names::putIfAbsent);
        if (e.hasTime()) {
            first = first == UNKNOWN ? e.minute() : Math.min(first, e.minute());
            last = Math.max(last, e.minute());
        }
        touched = Math.max(touched, arrival);
        if (e.lang() != null && e.title() != null && duplicateOf == null) headlines.putIfAbsent(e.lang(), e.title());
        if (e.source() != null) sources.add(e.source());
        members.add(new Member(e.slim(), duplicateOf, translationOf));
        if (duplicateOf == null) {
            oldestWeighing = Math.min(oldestWeighing, weighedAt);
            exemplars.addLast(new Exemplar(unit, weighedAt));
            if (exemplars.size() > EXEMPLARS) exemplars.removeFirst();
            if (core.size() < CORE) core.add(new Exemplar(unit, weighedAt));
        }
    }

    /** Takes in every unit of a story found to be the same as this one. */
    void absorb(StoryState other) {
        members.addAll(other.members);
        other.entities.forEach((k, v) -> entities.merge(k, v, Double::sum));
        other.names.forEach(names::putIfAbsent);
        if (other.first != UNKNOWN) first = first == UNKNOWN ? other.first : Math.min(first, other.first);
        last = Math.max(last, other.last);
        touched = Math.max(touched, other.touched);
        other.headlines.forEach(headlines::putIfAbsent);
        sources.addAll(other.sources);
        keys.addAll(other.keys);
        List<Exemplar> all = new ArrayList<>(exemplars);
        all.addAll(other.exemplars);
        all.sort(Comparator.comparingLong(w -> w.unit().evidence().minute()));
        exemplars.clear();
        exemplars.addAll(all.subList(Math.max(0, all.size() - EXEMPLARS), all.size()));
        for (Exemplar x : other.core) if (core.size() < CORE) core.add(x);
        oldestWeighing = oldestWeighing();
        merged.add(other.id);
        merged.addAll(other.merged);
    }

    long touched() { return touched; }

    /** The time of the story's oldest and newest dated unit ({@link Evidence#UNKNOWN} when none is dated). */
    long first() { return first; }

    long last() { return last; }

    /**
     * Re-weighs the exemplars weighed when rarity had counted fewer than half the units it has
     * counted now, so scores do not depend on how early in a stream a unit arrived.
     */
    void refresh(Similarity similarity, Rarity rarity) {
        int now = rarity.documents();
        // in a handful of units, what a story's members share looks common however rare it is: keep their first weights
        if (now < REWEIGH_FROM || 2L * oldestWeighing >= now) return;
        boolean stale = false;
        for (Exemplar x : exemplars) stale |= 2L * x.weighedAt() < now;
        for (Exemplar x : core) stale |= 2L * x.weighedAt() < now;
        if (!stale) {
            oldestWeighing = oldestWeighing();
            return;
        }
        List<Exemplar> fresh = reweigh(exemplars, similarity, rarity, now);
        exemplars.clear();
        exemplars.addAll(fresh);
        List<Exemplar> freshCore = reweigh(core, similarity, rarity, now);
        core.clear();
        core.addAll(freshCore);
        oldestWeighing = oldestWeighing();
    }

    /** The oldest weighing time among the exemplars and the core. */
    private int oldestWeighing() {
        int oldest = Integer.MAX_VALUE;
        for (Exemplar x : exemplars) oldest = Math.min(oldest, x.weighedAt());
        for (Exemplar x : core) oldest = Math.min(oldest, x.weighedAt());
        return oldest;
    }

    private static List<Exemplar> reweigh(Collection<Exemplar> units, Similarity similarity, Rarity rarity, int now) {
        List<Exemplar> fresh = new ArrayList<>(units.size());
        for (Exemplar x : units) {
            fresh.add(2L * x.weighedAt() < now ? new Exemplar(similarity.weigh(x.unit().evidence(), rarity), now) : x);
        }
        return fresh;
    }

    /** Entity id → mentions over all members. */
    Map<String, Double> entityCounts() { return entities; }

    List<Member> members() { return members; }

    /** The last {@code n} members placed. */
    List<Member> recentMembers(int n) { return members.subList(Math.max(0, members.size() - n), members.size()); }

    Collection<Similarity.Weighted> exemplars() { return exemplars.stream().map(Exemplar::unit).toList(); }

    /** The story's first units (up to {@link #CORE}), copies left out; a merged story keeps the older one's, topped up. */
    List<Similarity.Weighted> core() { return core.stream().map(Exemplar::unit).toList(); }

    /** The {@code n} newest exemplars, newest first. */
    List<Similarity.Weighted> newestExemplars(int n) {
        List<Similarity.Weighted> out = new ArrayList<>(n);
        var it = exemplars.descendingIterator();
        while (it.hasNext() && out.size() < n) out.add(it.next().unit());
        return out;
    }

    /** How many units the story has taken in, duplicates included. */
    int size() { return members.size(); }

    Set<String> keys() { return keys; }

    Story toStory() {
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingLong((Member m) -> m.evidence().minute() == UNKNOWN ? Long.MAX_VALUE : m.evidence().minute())
                .thenComparing(m -> m.evidence().unitId()));
        List<Story.StoryItem> timeline = new ArrayList<>();
        for (Member m : ordered) {
            Evidence e = m.evidence();
            timeline.add(new Story.StoryItem(e.unitId(), e.articleId(), e.lang(), Minutes.iso(e.minute()), e.title(), m.duplicateOf(),
                    m.translationOf(), new ArrayList<>(new TreeSet<>(e.events()))));
        }
        List<Story.StoryEntity> top = entities.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTITIES)
                .map(x -> new Story.StoryEntity(x.getKey(), names.getOrDefault(x.getKey(), x.getKey()), (int) Math.round(x.getValue())))
                .toList();
        List<String> languages = new ArrayList<>(new TreeSet<>(members.stream().map(m -> m.evidence().lang()).filter(Objects::nonNull).toList()));
        return new Story(id, headlines, languages, new ArrayList<>(sources), Minutes.iso(first), Minutes.iso(last), top, timeline, merged);
    }

    Saved save() {
        return new Saved(id, sequence, merged, entities, names, first, last, touched, headlines, new ArrayList<>(sources), members,
                exemplars.stream().map(Exemplar::unit).toList(), exemplars.stream().map(Exemplar::weighedAt).toList(), keys,
                core.stream().map(Exemplar::unit).toList(), core.stream().map(Exemplar::weighedAt).toList());
    }

    static StoryState restore(Saved s) {
        StoryState state = new StoryState(s.id(), s.sequence());
        state.merged.addAll(s.merged());
        state.entities.putAll(s.entities());
        state.names.putAll(s.names());
        state.first = s.first();
        state.last = s.last();
        state.touched = s.touched();
        state.headlines.putAll(s.headlines());
        state.sources.addAll(s.sources());
        state.members.addAll(s.members());
        for (int i = 0; i < s.exemplars().size(); i++) {
            // a version-1 snapshot kept no weighing times: its weights count as fresh
            int weighed = s.weighed() == null ? Integer.MAX_VALUE / 2 : s.weighed().get(i);
            state.exemplars.add(new Exemplar(s.exemplars().get(i), weighed));
        }
        state.keys.addAll(s.keys());
        // a snapshot written before cores were kept: the oldest exemplars kept stand in for the core
        boolean saved = s.core() != null && s.coreWeighed() != null;
        List<Exemplar> all = List.copyOf(state.exemplars);
        if (saved) for (int i = 0; i < s.core().size(); i++) state.core.add(new Exemplar(s.core().get(i), s.coreWeighed().get(i)));
        else state.core.addAll(all.subList(0, Math.min(CORE, all.size())));
        state.oldestWeighing = state.oldestWeighing();
        return state;
    }
}
