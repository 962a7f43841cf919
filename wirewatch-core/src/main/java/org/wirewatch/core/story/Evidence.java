package org.wirewatch.core.story;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence of one unit (a whole article, or one post of a live blog) that similarity,
 * clustering and duplicate detection work on. {@code lemmaCounts} are content lemmas of {@code lang},
 * {@code bridgeCounts} the keys every language shares (concepts, cognate keys, numbers: {@link Lexicon}); {@code
 * entityOrder} lists entity ids by first mention, for telling a translation from an independent
 * report; {@code signature} is the MinHash of its word shingles. Immutable.
 */
record Evidence(String unitId, String articleId, String lang, String title, String source, long minute,
                Map<String, Double> entities, Map<String, String> entityNames, Map<String, Double> lemmaCounts,
                Map<String, Double> bridgeCounts, Set<String> dates, Set<String> amounts, Set<String> events, List<String> entityOrder,
                MinHash.Signature signature, int length) {

    Evidence {
        entities = Map.copyOf(entities);
        entityNames = Map.copyOf(entityNames);
        lemmaCounts = Map.copyOf(lemmaCounts);
        bridgeCounts = Map.copyOf(bridgeCounts);
        dates = Set.copyOf(dates);
        amounts = Amounts.of(amounts);
        events = Set.copyOf(events);
        entityOrder = List.copyOf(entityOrder);
    }

    static final long UNKNOWN = Long.MIN_VALUE;

    boolean hasTime() {
        return minute != UNKNOWN;
    }

    /** The same evidence without its words: what a story keeps of every member. */
    Evidence slim() {
        return new Evidence(unitId, articleId, lang, title, source, minute, entities, entityNames, Map.of(), Map.of(), dates, amounts, events,
                entityOrder, signature, length);
    }
}
