/**
 * Cleaning of plain text scraped without its markup, and live-blog segmentation.
 *
 * <p>{@link org.wirewatch.core.clean.TextCleaner} drops page furniture line by line and reads
 * title, authors, publication date and source from the lines that carry them; its rules look at
 * line shape and position, and take every word of every language from a
 * {@link org.wirewatch.core.clean.CleaningCues} (one implementation per language, each backed by
 * a bundled {@code *.cues} file). {@link org.wirewatch.core.clean.LiveBlogSegmenter} splits a live
 * blog into its posts. Everything else in the package is internal.
 */
package org.wirewatch.core.clean;
