/**
 * Events: who did what to whom, where, when and how many, read from the sentences of an analysed
 * article (docs/events.md). {@link org.wirewatch.core.extract.events.EventExtractor} is the front door;
 * {@link org.wirewatch.core.extract.events.EventType} is the taxonomy with its CAMEO codes. The words of
 * each language (trigger lemmas, prepositions, negation, modality) live in bundled
 * {@code events.cues} of a language pack files behind one {@code EventCues} implementation per language.
 */
package org.wirewatch.core.extract.events;
