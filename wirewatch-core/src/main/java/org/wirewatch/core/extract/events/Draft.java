package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.model.Event;

/**
 * An event as read from one sentence, before mentions of the same event are merged.
 * {@code dateKey} says which day the text gives: the ISO value, or the date's own words when
 * they could not be resolved ("Wednesday" without an article date), or null when the sentence
 * has none and {@code date} is the article's.
 */
record Draft(EventType type, int start, int end, String actor, String target, List<String> locations, String source,
             String date, String dateKey, List<Integer> amounts, List<Event.Evidence> evidence) {

    Draft {
        locations = List.copyOf(locations);
        amounts = List.copyOf(amounts);
        evidence = List.copyOf(evidence);
    }

    boolean hasParticipants() {
        return actor != null || target != null;
    }

    Draft withActor(String newActor) {
        return new Draft(type, start, end, newActor, target, locations, source, date, dateKey, amounts, evidence);
    }

    Draft withLocations(List<String> places) {
        return new Draft(type, start, end, actor, target, places, source, date, dateKey, amounts, evidence);
    }

    /** This draft with the details of another mention of the same event added. */
    Draft union(Draft other, String mergedTarget) {
        Set<String> places = new LinkedHashSet<>(locations);
        places.addAll(other.locations);
        Set<Integer> allAmounts = new LinkedHashSet<>(amounts);
        allAmounts.addAll(other.amounts);
        List<Event.Evidence> sentences = new ArrayList<>(evidence);
        for (Event.Evidence e : other.evidence) if (!sentences.contains(e)) sentences.add(e);
        return new Draft(type, start, end, actor != null ? actor : other.actor, mergedTarget, List.copyOf(places),
                source != null ? source : other.source, date != null ? date : other.date,
                dateKey != null ? dateKey : other.dateKey, List.copyOf(allAmounts), sentences);
    }

    Event toEvent() {
        return new Event(type.name(), type.cameo(), start, end, actor, target, locations.isEmpty() ? null : locations.get(0),
                locations, source, date, amounts, evidence);
    }
}
