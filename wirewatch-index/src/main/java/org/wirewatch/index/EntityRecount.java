package org.wirewatch.index;

import java.util.Optional;

/**
 * One entity's {@link EntitySummary} counted afresh over the digests of the articles mentioning it,
 * given one by one: how a store that keeps no per-entity summaries (a Solr collection) answers an
 * entity page, with the same counting as the summaries the embedded index keeps. Not thread-safe.
 */
public final class EntityRecount {
    private final EntitySummaries counts;

    public EntityRecount(String id) {
        this.counts = new EntitySummaries(k -> null, id);
    }

    /** Counts one article (its digest may keep only this entity's mentions). */
    public void add(ArticleDigest digest) {
        counts.add(digest, 1);
    }

    /** The summary over the articles added; empty when none mentions the entity. */
    public Optional<EntitySummary> summary() {
        return counts.summaries().stream().filter(e -> e.articles() > 0).findFirst();
    }
}
