package org.wirewatch.bench.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.WirewatchIndex;

/**
 * What the runners ask for, drawn from what is stored so that requests find something: title
 * words and entity names of the newest articles (one in five), the most mentioned entities, and
 * stories of the newest articles. Immutable once built.
 */
record Sampled(List<String> words, List<String> names, List<String> entities, List<String> stories, List<String> articleIds) {
    private static final int SAMPLE_ARTICLES = 2_000;

    static Sampled from(WirewatchIndex index) throws IOException {
        List<String> words = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Random pick = new Random(3);
        for (int offset = 0; offset < SAMPLE_ARTICLES; offset += 100) {
            for (SearchResult.Hit h : index.search(SearchRequest.all().page(offset, 100)).hits()) {
                Article a = h.article();
                ids.add(a.id());
                if (pick.nextInt(5) != 0) continue;
                if (a.title() != null) for (String w : a.title().split("[^\\p{L}]+")) if (w.length() >= 5) words.add(w);
                for (Mention m : a.entities()) if (m.name() != null && pick.nextInt(4) == 0) names.add(m.name());
            }
        }
        List<String> entities = new ArrayList<>();
        for (SearchResult.FacetCount c : index.search(SearchRequest.all().page(0, 0)).facets().getOrDefault("entity", List.of())) {
            if (entities.size() < 200) entities.add(c.value());
        }
        List<String> stories = index.storiesNewestFirst(500);
        if (words.isEmpty() || names.isEmpty() || entities.isEmpty() || stories.isEmpty()) {
            throw new IllegalStateException("too little stored to sample requests from (" + ids.size() + " articles)");
        }
        return new Sampled(List.copyOf(words), List.copyOf(names), List.copyOf(entities), List.copyOf(stories), List.copyOf(ids));
    }

    /** A search as the web UI sends it (10 hits, with facets and highlights): one word, two words, a phrase, OR, or a name, in turn. */
    String search(int i, Random random) {
        String w1 = words.get(random.nextInt(words.size()));
        String w2 = words.get(random.nextInt(words.size()));
        String q = switch (i % 5) {
            case 0 -> w1;
            case 1 -> w1 + " " + w2;
            case 2 -> "\"" + w1 + " " + w2 + "\"";
            case 3 -> w1 + " OR " + w2;
            default -> names.get(random.nextInt(names.size()));
        };
        return "/api/search?limit=10&q=" + Loopback.enc(q);
    }

    String entityPage(Random random) {
        return "/api/entities/" + Loopback.enc(entities.get(random.nextInt(entities.size())));
    }

    String storyPage(Random random) {
        return "/api/stories/" + Loopback.enc(stories.get(random.nextInt(stories.size())));
    }

    String article(Random random) {
        return "/api/articles/" + Loopback.enc(articleIds.get(random.nextInt(articleIds.size())));
    }
}
