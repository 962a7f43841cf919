package org.wirewatch.core.eventlink;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.wirewatch.core.extract.events.EventType;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Event;

/**
 * Links the events of many articles into happenings: mentions are one event when they have the same
 * type, no participant that differs (a city and its country agree), places that meet (or one names
 * none), days at most {@code windowDays} apart (a month agrees with its days), and share something
 * that makes them the same: the actor, the target, or — both dated — a place. An undated mention
 * needs a shared actor or target, and is never linked when its type recurs (the strikes of one
 * attacker on one country are many; only a day tells them apart). A mention joins an event when it
 * is the same as one mention already in it and agrees with all of them, so one vague report cannot
 * chain two attacks into one. Ids are compared, never names, so reports in different languages and scripts meet.
 * Thread-safe: keeps no state between calls.
 */
public final class EventLinker {
    /** Reports are often dated by their publication, the day after the night they tell of. */
    public static final int DEFAULT_WINDOW_DAYS = 1;

    private final KnowledgeBase kb;
    private final int windowDays;

    public EventLinker(KnowledgeBase kb, int windowDays) {
        this.kb = Check.notNullParam(kb, "kb");
        Check.isTrue(windowDays >= 0, "window of days >= 0: %s", windowDays);
        this.windowDays = windowDays;
    }

    public EventLinker(KnowledgeBase kb) {
        this(kb, DEFAULT_WINDOW_DAYS);
    }

    /**
     * The happenings the mentions tell, by day (undated last), each with its mentions in the order
     * given. {@code idOf} names a mention (the first one names its event). Two mentions of one
     * article are never linked here: the article's own co-reference already kept them apart.
     */
    public <M> List<LinkedEvent<M>> link(List<M> mentions, Function<M, Event> eventOf, Function<M, String> articleOf,
                                         Function<M, String> idOf) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) order.add(i);
        // by day, undated last, so an undated report joins the day the others agree on
        order.sort(Comparator.comparing((Integer i) -> eventOf.apply(mentions.get(i)).date(), Comparator.nullsLast(Comparator.<String>naturalOrder())));
        Map<String, List<Group>> open = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (int i : order) {
            Event e = eventOf.apply(mentions.get(i));
            String article = articleOf.apply(mentions.get(i));
            List<Group> sameType = open.computeIfAbsent(e.type(), t -> new ArrayList<>());
            LocalDate today = e.date() == null ? null : day(e.date());
            // a group whose first day is out of the window can take no later dated report: keeps a long export linear
            if (today != null) sameType.removeIf(g -> g.firstDay != null && ChronoUnit.DAYS.between(g.firstDay, today) > windowDays);
            List<Group> candidates = e.date() == null ? groups.stream().filter(g -> g.type.equals(e.type())).toList() : sameType;
            Group home = candidates.stream().filter(g -> g.accepts(article, e, mentions, eventOf, articleOf)).findFirst().orElse(null);
            if (home == null) {
                home = new Group(e.type(), today);
                sameType.add(home);
                groups.add(home);
            }
            home.members.add(i);
        }
        List<LinkedEvent<M>> out = new ArrayList<>();
        for (Group g : groups) {
            g.members.sort(Comparator.naturalOrder());
            List<M> members = g.members.stream().map(mentions::get).toList();
            out.add(summary(members, members.stream().map(eventOf).toList(), idOf.apply(members.get(0))));
        }
        out.sort(Comparator.comparing((LinkedEvent<M> e) -> e.date(), Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return out;
    }

    /** The mentions linked so far into one happening (indexes into the caller's list), and the first day any of them gives. */
    private final class Group {
        final String type;
        final LocalDate firstDay;
        final List<Integer> members = new ArrayList<>();

        Group(String type, LocalDate firstDay) {
            this.type = type;
            this.firstDay = firstDay;
        }

        /** Same as one member, agreeing with all, and from an article none of them is from. */
        <M> boolean accepts(String article, Event e, List<M> mentions, Function<M, Event> eventOf, Function<M, String> articleOf) {
            return members.stream().noneMatch(j -> article.equals(articleOf.apply(mentions.get(j))))
                    && members.stream().allMatch(j -> agree(eventOf.apply(mentions.get(j)), e))
                    && members.stream().anyMatch(j -> same(eventOf.apply(mentions.get(j)), e));
        }
    }

    /** Whether two mentions tell the same happening: they agree, and share what makes them one. */
    public boolean same(Event a, Event event) {
        Event b = facing(a, event);
        if (!agree(a, b)) return false;
        boolean sameActor = a.actor() != null && a.actor().equals(b.actor());
        boolean sameTarget = a.target() != null && b.target() != null;
        if (a.date() == null || b.date() == null) {
            // an undated report tells of its own days, not of a month or year named as background
            String dated = a.date() == null ? b.date() : a.date();
            boolean recurs = EventType.named(a.type()).map(EventType::recurs).orElse(true);
            return !recurs && (dated == null || day(dated) != null) && (sameActor || sameTarget);
        }
        return sameActor || sameTarget || !a.locations().isEmpty() && !b.locations().isEmpty();
    }

    /** Nothing tells two mentions apart: type, participants, places and days. */
    private boolean agree(Event a, Event event) {
        Event b = facing(a, event);
        return a.type().equals(b.type()) && agree(a.actor(), b.actor()) && agree(a.target(), b.target()) && placesMeet(a, b)
                && daysAgree(a.date(), b.date());
    }

    /** {@code b} with actor and target swapped when its type is mutual and it names them the other way round from {@code a}. */
    private static Event facing(Event a, Event b) {
        boolean mutual = EventType.named(b.type()).map(EventType::mutual).orElse(false);
        boolean reversed = a.actor() != null && a.actor().equals(b.target()) || a.target() != null && a.target().equals(b.actor());
        if (!mutual || !reversed) return b;
        return new Event(b.type(), b.cameo(), b.start(), b.end(), b.target(), b.actor(), b.location(), b.locations(), b.source(), b.date(),
                b.amounts(), b.evidence());
    }

    /** Two ids agree when either is unknown, they are equal, or one is a place in the other. */
    private boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b) || within(a, b) || within(b, a);
    }

    private boolean placesMeet(Event a, Event b) {
        if (a.locations().isEmpty() || b.locations().isEmpty()) return true;
        for (String x : a.locations()) for (String y : b.locations()) if (x.equals(y) || within(x, y) || within(y, x)) return true;
        return false;
    }

    private boolean within(String place, String country) {
        return kb.byId(place).flatMap(e -> e.attribute("country")).map(country::equals).orElse(false);
    }

    /** Days within the window; a month agrees with the days inside it, a year only with itself; an unknown day with any. */
    boolean daysAgree(String a, String b) {
        if (a == null || b == null) return true;
        LocalDate x = day(a);
        LocalDate y = day(b);
        if (x != null && y != null) return Math.abs(ChronoUnit.DAYS.between(x, y)) <= windowDays;
        if (a.length() == b.length()) return a.equals(b);
        // a month still places an event; a year names it only as background
        String shorter = a.length() < b.length() ? a : b;
        return shorter.length() >= 7 && (a.startsWith(b) || b.startsWith(a));
    }

    /** The day a "YYYY-MM-DD…" value names; null for a month, a year or no date. Asked for every pair of reports compared: no regex, no parser. */
    private static LocalDate day(String value) {
        if (value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') return null;
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell; -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** What the mentions agree on: the commonest actor, the most exact target, every place, the commonest day. */
    private <M> LinkedEvent<M> summary(List<M> members, List<Event> events, String id) {
        String cameo = events.stream().map(Event::cameo).filter(Objects::nonNull).findFirst().orElse(null);
        String actor = commonest(events, Event::actor);
        Event first = events.get(0);
        Event byActor = new Event(first.type(), cameo, 0, 0, actor, null, null, List.of(), null, null, List.of(), List.of());
        String target = null;
        for (Event told : events) {
            Event e = facing(byActor, told);
            if (e.target() == null) continue;
            if (target == null || within(e.target(), target)) target = e.target();
        }
        Set<String> places = new LinkedHashSet<>();
        for (Event e : events) places.addAll(e.locations());
        return new LinkedEvent<>(id, first.type(), cameo, actor, target, List.copyOf(places),
                commonest(events, Event::date), members);
    }

    private static String commonest(List<Event> events, Function<Event, String> field) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event e : events) {
            String v = field.apply(e);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
