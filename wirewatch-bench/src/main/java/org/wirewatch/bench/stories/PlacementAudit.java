package org.wirewatch.bench.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.story.StoryClusterer;

/**
 * Where a streamed clustering loses precision, counted while it places: a <em>wrong join</em> is
 * an article that joins a story holding no article of its own gold story, a <em>wrong merge</em>
 * two stories merged that share no gold story; each is counted by the languages involved (the
 * article's and the story's majority language). Asks the clusterer for the story after every
 * article, so it slows placing: the benchmark runs it only when asked ({@code -Dstories.audit=true}).
 */
final class PlacementAudit {
    private final Map<String, String> gold;
    /** Predicted story id → gold story → articles, and → language → articles. */
    private final Map<String, Map<String, Integer>> golds = new HashMap<>();
    private final Map<String, Map<String, Integer>> languages = new HashMap<>();
    private final Set<String> mergedSeen = new HashSet<>();
    private final Map<String, Integer> wrongJoins = new TreeMap<>();
    private int wrongMerges;
    private int mergedAway;

    PlacementAudit(Map<String, String> gold) {
        this.gold = gold;
    }

    /** Records one article as the clusterer placed it. */
    void placed(Article placed, StoryClusterer clusterer) {
        String id = placed.story();
        Story story = clusterer.story(id).orElseThrow();
        for (String gone : story.mergedIds()) {
            if (!mergedSeen.add(gone)) continue;
            mergedAway++;
            Map<String, Integer> theirs = golds.remove(gone);
            Map<String, Integer> lang = languages.remove(gone);
            Map<String, Integer> ours = golds.computeIfAbsent(id, x -> new HashMap<>());
            if (theirs == null) continue;
            if (!ours.isEmpty() && java.util.Collections.disjoint(ours.keySet(), theirs.keySet())) wrongMerges++;
            theirs.forEach((k, v) -> ours.merge(k, v, Integer::sum));
            lang.forEach((k, v) -> languages.computeIfAbsent(id, x -> new HashMap<>()).merge(k, v, Integer::sum));
        }
        Map<String, Integer> ours = golds.computeIfAbsent(id, x -> new HashMap<>());
        Map<String, Integer> lang = languages.computeIfAbsent(id, x -> new HashMap<>());
        String mine = gold.get(placed.id());
        if (!ours.isEmpty() && !ours.containsKey(mine)) wrongJoins.merge(placed.lang() + "->" + majority(lang), 1, Integer::sum);
        ours.merge(mine, 1, Integer::sum);
        lang.merge(String.valueOf(placed.lang()), 1, Integer::sum);
    }

    private static String majority(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
    }

    /** One line: wrong joins (in all and by article language → story language), wrong merges of all merges. */
    String summary() {
        int joins = wrongJoins.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "# wrong joins %d %s; wrong merges %d of %d", joins, wrongJoins, wrongMerges, mergedAway);
    }
}
