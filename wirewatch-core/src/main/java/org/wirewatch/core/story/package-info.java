/**
 * Stories across languages without translation (docs/stories.md): the
 * {@link org.wirewatch.core.story.StoryClusterer} places each analysed article (or live-blog post) in
 * the most similar open story or starts one, marking near-duplicates and translations;
 * {@link org.wirewatch.core.story.StoryBatch} does the same for a batch held in memory. Similarity
 * weighs rare entities, dates, amounts, events and same-language lemmas. It runs after the pipeline,
 * where the caller asks for it: {@code Wirewatch.stories(StoryOptions)} gives a
 * {@link org.wirewatch.core.story.StoryPlacer} ({@link org.wirewatch.core.story.StoryStream} as articles
 * arrive, a batch at the input's end), used by {@code analyze}, {@code stories} and {@code eval};
 * {@code ingest} places through a stream over the state kept beside the index, the Spark job batches its windows.
 */
package org.wirewatch.core.story;
