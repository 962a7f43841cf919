/**
 * Stories across languages without translation (docs/stories.md): the
 * {@link org.wirewatch.core.story.StoryClusterer} places each analysed article (or live-blog post) in
 * the most similar open story or starts one, marking near-duplicates and translations;
 * {@link org.wirewatch.core.story.StoryBatch} does the same for a batch held in memory. Similarity
 * weighs rare entities, dates, amounts, events and same-language lemmas. It runs after the pipeline,
 * in {@code analyze}, {@code ingest} (state kept beside the index) and the Spark job's windows.
 */
package org.wirewatch.core.story;
