/**
 * How story clustering scales with corpus size: {@link org.wirewatch.bench.stories.StoryScalingBenchmark}
 * times one clusterer over generated corpora of growing size and scores it against the generator's gold
 * stories. A main class; prints only.
 */
package org.wirewatch.bench.stories;
