package org.wirewatch.bench.corpus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The facts of one generated story, shared by every article about it in any language: what
 * happened, who, where, when, and the numbers. Derived from (seed, story index) alone.
 */
record StoryPlan(int index, String id, EventKind kind, Actor a, Actor b, Place place, Map<String, String> topic,
                 LocalDateTime start, Map<String, Integer> numbers) {

    /** Stories start within this many days of the window start. */
    static final int WINDOW_DAYS = 28;
    static final LocalDateTime WINDOW_START = LocalDateTime.of(2025, 3, 1, 6, 0);
    private static final long PURPOSE = 0x5709_1A4EL;

    StoryPlan {
        topic = Map.copyOf(topic);
        numbers = Map.copyOf(numbers);
    }

    static StoryPlan of(long seed, int index) {
        SplittableRandom r = Mix.random(seed, PURPOSE, index);
        EventKind kind = EventKind.values()[r.nextInt(EventKind.values().length)];
        Actor a = switch (kind) {
            case STRIKE -> pick(r, Cast.UKRAINIANS);
            case AID -> pick(r, Cast.PARTNERS);
            case MEETING, STATEMENT -> pick(r, Cast.SPEAKERS);
        };
        Actor b;
        do {
            b = kind == EventKind.AID ? pick(r, Cast.UKRAINIANS) : kind == EventKind.STRIKE ? pick(r, Cast.PARTNERS) : pick(r, Cast.SPEAKERS);
        } while (b.key().equals(a.key()));
        Place place = kind == EventKind.STRIKE ? pick(r, Cast.UKRAINIAN_CITIES) : pick(r, Cast.VENUES);
        LocalDateTime start = WINDOW_START.plusDays(r.nextInt(WINDOW_DAYS)).plusMinutes(r.nextInt(14 * 60));
        int drones = Mix.pluralSafe(25 + r.nextInt(70));
        Map<String, Integer> numbers = Map.of(
                "n", drones,
                "nd", drones - 2 - r.nextInt(8),
                "k", Mix.pluralSafe(5 + r.nextInt(14)),
                "w", Mix.pluralSafe(5 + r.nextInt(30)),
                "r", 5 + r.nextInt(5),
                "m", 50 * (2 + r.nextInt(19)),
                "g", 10 * (5 + r.nextInt(16)),
                "c", Mix.pluralSafe(12 + r.nextInt(28)),
                "mi", 5 + r.nextInt(5),
                "wk", 5 + r.nextInt(5));
        return new StoryPlan(index, id(index), kind, a, b, place, pick(r, Cast.TOPICS), start, numbers);
    }

    /** The gold story id. */
    static String id(int index) {
        return String.format(Locale.ROOT, "story-%06d", index);
    }

    private static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
