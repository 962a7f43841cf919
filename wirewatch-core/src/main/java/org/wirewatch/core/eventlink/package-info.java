/**
 * Events across articles: the reports of one happening, in any language and by any outlet, linked
 * into one event with its mentions (article, sentence, source, language), as GDELT keeps one event
 * row and a Mentions table. {@link org.wirewatch.core.eventlink.EventLinker} does the linking over
 * any kind of mention the caller holds; the {@code events} verb, {@code /api/events} and the GDELT
 * export use it.
 */
package org.wirewatch.core.eventlink;
