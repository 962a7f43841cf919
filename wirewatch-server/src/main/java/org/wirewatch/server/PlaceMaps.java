package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.ArticleDigest;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.ArticleIndex;

/**
 * /api/map?story=ID or ?entity=ID: the located places (LOC mentions with lat/lon) of a story's
 * articles, or of the articles naming an entity, each once with how often and in how many articles
 * it is named. Counted over every matching stored article, from their digests (one pass).
 */
final class PlaceMaps {
    /** The most places one map shows (the most mentioned). */
    static final int MAX_PLACES = 200;

    record PlacePoint(String id, String name, double lat, double lon, String country, int mentions, int articles) { }

    private final ArticleIndex index;
    private final KnowledgeBase kb;
    private final JsonReplies replies;

    PlaceMaps(ArticleIndex index, KnowledgeBase kb, JsonReplies replies) {
        this.index = index;
        this.kb = kb;
        this.replies = replies;
    }

    void map(Context ctx) throws IOException {
        String story = ctx.queryParam("story");
        String entity = ctx.queryParam("entity");
        if ((story == null || story.isBlank()) == (entity == null || entity.isBlank())) {
            throw new BadRequestResponse("give story= or entity= (one of them)");
        }
        SearchRequest filter = story != null ? SearchRequest.all().withStory(storyOf(story)) : SearchRequest.all().withEntity(entity);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        index.forEachDigest(filter, d -> add(d, counts, first));
        List<PlacePoint> places = new ArrayList<>();
        for (var e : counts.entrySet()) {
            Mention m = first.get(e.getKey());
            places.add(new PlacePoint(e.getKey(), name(m), m.lat(), m.lon(), m.country(), e.getValue()[0], e.getValue()[1]));
        }
        places.sort(Comparator.comparing((PlacePoint p) -> -p.mentions()).thenComparing(PlacePoint::id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", places.size());
        body.put("items", places.subList(0, Math.min(MAX_PLACES, places.size())));
        replies.send(ctx, body);
    }

    private static void add(ArticleDigest d, Map<String, int[]> counts, Map<String, Mention> first) {
        Set<String> here = new HashSet<>();
        for (Mention m : d.mentions()) {
            if (m.lat() == null) continue;
            String key = m.id() != null ? m.id() : m.lat() + "," + m.lon();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (here.add(key)) c[1]++;
            first.putIfAbsent(key, m);
        }
    }

    /** A story id, or the story of the article with this id (as the story page accepts). */
    private String storyOf(String id) throws IOException {
        if (index.page(SearchRequest.all().withStory(id).page(0, 0)).total() > 0) return id;
        return index.get(id).map(Article::story).orElse(id);
    }

    private String name(Mention m) {
        String fromText = m.name() != null ? m.name() : m.text();
        return m.id() == null ? fromText : kb.byId(m.id()).map(KbEntity::name).orElse(fromText);
    }
}
