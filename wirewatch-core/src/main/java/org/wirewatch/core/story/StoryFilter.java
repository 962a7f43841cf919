package org.wirewatch.core.story;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which stories a listing shows: those overlapping [from, to] (days, inclusive; either end open
 * when null) and, when entities are given, those whose top entities include one of them, by id
 * or by name (case-insensitive). An undated story passes any time filter: nothing says it is out.
 */
public record StoryFilter(LocalDate from, LocalDate to, Set<String> entities) implements Predicate<Story> {

    public StoryFilter {
        entities = entities == null ? Set.of() : Set.copyOf(entities.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    public static StoryFilter all() {
        return new StoryFilter(null, null, Set.of());
    }

    @Override
    public boolean test(Story s) {
        return inTime(s) && aboutEntity(s);
    }

    private boolean inTime(Story s) {
        if (s.start() == null) return true;
        LocalDate first = LocalDate.parse(s.start().substring(0, 10));
        LocalDate last = LocalDate.parse(s.end().substring(0, 10));
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    private boolean aboutEntity(Story s) {
        if (entities.isEmpty()) return true;
        return s.topEntities().stream().anyMatch(e -> entities.contains(e.id().toLowerCase(Locale.ROOT))
                || (e.name() != null && entities.contains(e.name().toLowerCase(Locale.ROOT))));
    }
}
