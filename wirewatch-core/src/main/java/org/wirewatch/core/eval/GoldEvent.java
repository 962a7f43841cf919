package org.wirewatch.core.eval;

import java.util.List;

/**
 * One gold event mention of the events gold (evaldata README, "Events"): its trigger, the
 * sentence that holds it, its Wirewatch type (null when the predicate maps to none), whether it
 * counts in the typed figures, and its arguments by PropBank role. {@code withParticipants} is
 * false for an entry of {@code events_without_participants}, which has neither arguments nor a
 * time. {@code time} is the anchoring TIMEX3's calendar value (day, month or year; the date of a
 * TIME value), or null when it has none.
 */
record GoldEvent(String mentionId, TextSpan trigger, String triggerText, TextSpan sentence, String type, boolean scored,
                 boolean withParticipants, List<Argument> arg0, List<Argument> arg1, List<Argument> arg2,
                 List<Argument> location, String time) {
    GoldEvent {
        arg0 = List.copyOf(arg0);
        arg1 = List.copyOf(arg1);
        arg2 = List.copyOf(arg2);
        location = List.copyOf(location);
    }

    /** A gold argument: the noun phrase's span and its gold entity id (null for a value). */
    record Argument(TextSpan span, String entity) {}
}
