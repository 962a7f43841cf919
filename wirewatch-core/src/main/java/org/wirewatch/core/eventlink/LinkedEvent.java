package org.wirewatch.core.eventlink;

import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * One happening told by one or more mentions (events of single articles, in any language): its type
 * and CAMEO code, the participants and places the mentions agree on (entity ids), its day and the
 * mentions themselves, oldest article first. {@code id} is the id of the first mention.
 *
 * @param <M> what the caller keeps of each mention (an event with its article)
 */
public record LinkedEvent<M>(String id, String type, String cameo, String actor, String target, List<String> locations,
                             String date, List<M> mentions) {
    public LinkedEvent {
        Check.notNullParam(id, "id");
        Check.notNullParam(type, "type");
        locations = List.copyOf(locations);
        mentions = List.copyOf(mentions);
        Check.isTrue(!mentions.isEmpty(), "a linked event has at least one mention: %s", id);
    }

    /** The first place, for consumers that take one. */
    public String location() {
        return locations.isEmpty() ? null : locations.get(0);
    }
}
