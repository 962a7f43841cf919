package org.wirewatch.core.model;

import java.util.List;

/**
 * A typed event (docs/events.md): who ({@code actor}) did what ({@code type}, with its CAMEO code)
 * to whom ({@code target}), where ({@code locations}, the first also as {@code location}), when
 * ({@code date}, ISO-8601 at the text's precision) and how many ({@code amounts}: indexes into
 * the article's amounts). Actor, target, locations and source are entity ids of the article's
 * mentions. {@code start}/{@code end} span the trigger word of the first mention;
 * {@code evidence} spans every sentence that tells of the event (one event may be told several
 * times). {@code source} is who the text says claims it ("according to the General Staff"), or
 * null when the article states it itself.
 */
public record Event(String type, String cameo, int start, int end, String actor, String target,
                    String location, List<String> locations, String source, String date, List<Integer> amounts,
                    List<Evidence> evidence) {
    public Event {
        Check.notNullParam(type, "type");
        Check.isTrue(start >= 0 && start <= end, "event [%d,%d)", start, end);
        locations = locations == null ? List.of() : List.copyOf(locations);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A sentence that tells of the event. */
    public record Evidence(int start, int end) {
        public Evidence {
            Check.isTrue(start >= 0 && start <= end, "evidence [%d,%d)", start, end);
        }
    }
}
