package org.wirewatch.core.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;

/**
 * What the GDELT event and mention tables need of one event of one article, kept without the
 * article so an export can link the events of a whole index in memory. {@code number} is the
 * event's place among the article's events, from 1; {@code names} the article's names of the ids
 * the event refers to; the offsets are those of the actor's and target's mention nearest the
 * trigger (-1 when the article does not name them); {@code located} the article's first mention
 * with coordinates of each such id that is a located place.
 */
record ReportedEvent(String articleId, int number, Event event, String url, String published, String source, String lang,
                     Double tone, int textLength, Map<String, String> names, int actorOffset, int targetOffset,
                     Map<String, Mention> located) {
    ReportedEvent {
        names = Map.copyOf(names);
        located = Map.copyOf(located);
    }

    String id() {
        return articleId + ":" + number;
    }

    /** The CAMEO-coded events of an article (casualties, damage and evacuations are GKG counts). */
    static List<ReportedEvent> of(Article a) {
        List<ReportedEvent> out = new ArrayList<>();
        int n = 0;
        for (Event e : a.events()) {
            n++;
            if (e.cameo() == null) continue;
            Map<String, String> names = new HashMap<>();
            Map<String, Mention> located = new HashMap<>();
            for (String id : ids(e)) {
                names.put(id, TsvFields.nameOf(a, id));
                located(a, id).ifPresent(m -> located.put(id, m));
            }
            out.add(new ReportedEvent(a.id(), n, e, a.url(), a.published(), a.source(), a.lang(), a.tone() == null ? null : a.tone().tone(),
                    a.text().length(), names, nearest(a, e.actor(), e.start()), nearest(a, e.target(), e.start()), located));
        }
        return out;
    }

    /** The events of many articles linked into happenings, each with its reports. */
    static List<LinkedEvent<ReportedEvent>> link(List<ReportedEvent> reports, EventLinker linker) {
        return linker.link(reports, ReportedEvent::event, ReportedEvent::articleId, ReportedEvent::id);
    }

    String nameOf(String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    private static List<String> ids(Event e) {
        List<String> ids = new ArrayList<>(e.locations());
        if (e.actor() != null) ids.add(e.actor());
        if (e.target() != null) ids.add(e.target());
        return ids;
    }

    private static Optional<Mention> located(Article a, String id) {
        return a.entities().stream().filter(m -> id.equals(m.id()) && m.lat() != null).findFirst();
    }

    private static int nearest(Article a, String id, int trigger) {
        if (id == null) return -1;
        int best = -1;
        for (Mention m : a.entities()) {
            if (id.equals(m.id()) && (best < 0 || Math.abs(m.start() - trigger) < Math.abs(best - trigger))) best = m.start();
        }
        return best;
    }
}
