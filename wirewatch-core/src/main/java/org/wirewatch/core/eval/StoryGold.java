package org.wirewatch.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.RawArticle;

/**
 * Gold story clusters assembled from a stories file: each distinct article (by id, first
 * occurrence kept) with its gold cluster. Members sharing a story id, and the two sides of every
 * same_story=true pair, are joined transitively (union-find); an article linked to nothing is
 * a singleton. A same_story=false pair whose articles still end up together is a contradiction.
 */
record StoryGold(List<RawArticle> articles, List<String> clusters, int pairs, int contradictions, List<String> notes) {

    StoryGold {
        articles = List.copyOf(articles);
        clusters = List.copyOf(clusters);
        notes = List.copyOf(notes);
    }

    static StoryGold of(List<StoryLine> lines) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<RawArticle> articles = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        List<int[]> apart = new ArrayList<>();
        Map<String, Integer> firstOfStory = new HashMap<>();
        int pairs = 0;
        for (StoryLine line : lines) {
            if (line instanceof StoryLine.Member m) {
                int i = add(m.article(), index, articles, notes);
                Integer first = firstOfStory.putIfAbsent(m.story(), i);
                if (first != null) links.add(new int[] {first, i});
            } else if (line instanceof StoryLine.Pair p) {
                pairs++;
                int[] link = {add(p.a(), index, articles, notes), add(p.b(), index, articles, notes)};
                (p.sameStory() ? links : apart).add(link);
            }
        }
        UnionFind sets = new UnionFind(articles.size());
        for (int[] link : links) sets.union(link[0], link[1]);
        int contradictions = 0;
        for (int[] link : apart) {
            if (sets.find(link[0]) == sets.find(link[1])) {
                contradictions++;
                notes.add("pair " + articles.get(link[0]).id() + " / " + articles.get(link[1]).id()
                        + " is marked different stories but other links join them");
            }
        }
        List<String> clusters = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) clusters.add(articles.get(sets.find(i)).id());
        return new StoryGold(articles, clusters, pairs, contradictions, notes);
    }

    private static int add(RawArticle article, Map<String, Integer> index, List<RawArticle> articles, List<String> notes) {
        Integer known = index.get(article.id());
        if (known != null) {
            if (!articles.get(known).text().equals(article.text())) {
                notes.add(article.origin() + ": article \"" + article.id() + "\" appeared before with different text; the first is used");
            }
            return known;
        }
        index.put(article.id(), articles.size());
        articles.add(article);
        return articles.size() - 1;
    }
}
