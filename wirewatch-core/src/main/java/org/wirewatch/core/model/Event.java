package org.wirewatch.core.model;

import java.util.List;

/** A typed event with its trigger span, arguments (entity ids) and the indexes of its amounts. */
public record Event(String type, String cameo, int start, int end, String actor, String target,
                   String location, String date, List<Integer> amounts) {
    public Event {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }
}
