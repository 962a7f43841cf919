/**
 * The analysis pipeline: {@link org.wirewatch.core.pipeline.Pipeline} prepares an article (cleaning,
 * live-blog segments, language, inferred date), cuts its text once and runs the ordered
 * {@link org.wirewatch.core.pipeline.Stage}s (entities, quotes, dates, amounts, events);
 * {@link org.wirewatch.core.pipeline.LanguageSupport} says which stage serves which language.
 */
package org.wirewatch.core.pipeline;
