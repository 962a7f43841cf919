package org.wirewatch.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.ArticleDigest;

/**
 * What is named beside an entity in every stored article mentioning it: the other entities and the
 * stories, each with the number of those articles, most first. Counted from the articles' digests,
 * so the lists are whole (their totals are the number of distinct entities and stories) and a page
 * of them is cut only for display. Fed one digest at a time; not thread-safe: one per request.
 */
final class EntityNeighbours {
    record Neighbour(String id, String name, String type, long articles) {}

    /** @param headline the title of its newest article naming the entity, in that article's language {@code lang} */
    record StoryRef(String id, String headline, String lang, String last, long articles) {}

    private final String id;
    private final KnowledgeBase kb;
    private final UnaryOperator<String> survivor;
    private final Map<String, long[]> entityCounts = new HashMap<>();
    private final Map<String, Mention> example = new HashMap<>();
    private final Map<String, long[]> storyCounts = new HashMap<>();
    private final Map<String, ArticleDigest> newest = new HashMap<>();

    /** @param survivor the story a stored story id goes by now (merged stories count once) */
    EntityNeighbours(String id, KnowledgeBase kb, UnaryOperator<String> survivor) {
        this.id = id;
        this.kb = kb;
        this.survivor = survivor;
    }

    void add(ArticleDigest d) {
        Set<String> here = new HashSet<>();
        for (Mention m : d.mentions()) {
            if (m.id() == null || m.id().equals(id) || !here.add(m.id())) continue;
            entityCounts.computeIfAbsent(m.id(), k -> new long[1])[0]++;
            example.putIfAbsent(m.id(), m);
        }
        String story = survivor.apply(d.story() == null ? d.id() : d.story());
        storyCounts.computeIfAbsent(story, k -> new long[1])[0]++;
        ArticleDigest seen = newest.get(story);
        if (seen == null || later(d.published(), seen.published())) newest.put(story, d);
    }

    private static boolean later(String a, String b) {
        return a != null && (b == null || a.compareTo(b) > 0);
    }

    List<Neighbour> entities() {
        List<Neighbour> out = new ArrayList<>();
        entityCounts.forEach((other, n) -> {
            Mention m = example.get(other);
            // the knowledge base's name and type: "Ukrainian" names Ukraine, but as an adjective (MISC)
            java.util.Optional<KbEntity> known = kb.byId(other);
            String name = known.map(KbEntity::name).orElse(m.name() != null ? m.name() : m.text());
            out.add(new Neighbour(other, name, known.map(e -> e.type().name()).orElse(m.type()), n[0]));
        });
        out.sort(Comparator.comparingLong(Neighbour::articles).reversed().thenComparing(Neighbour::name));
        return out;
    }

    List<StoryRef> stories() {
        List<StoryRef> out = new ArrayList<>();
        storyCounts.forEach((story, n) -> {
            ArticleDigest d = newest.get(story);
            out.add(new StoryRef(story, d.title() == null || d.title().isBlank() ? d.id() : d.title(), d.lang(), d.published(), n[0]));
        });
        out.sort(Comparator.comparingLong(StoryRef::articles).reversed()
                .thenComparing(StoryRef::last, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(StoryRef::id));
        return out;
    }
}
