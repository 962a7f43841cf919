/**
 * The knowledge base: people, organisations and places with one identity across languages,
 * scripts and spellings, their demonyms and their offices. Start at {@link
 * org.wirewatch.core.kb.KnowledgeBases}; the data files and the Wikidata import are described in
 * {@code docs/knowledge-base.md}. Everything here is immutable and thread-safe once built.
 */
package org.wirewatch.core.kb;
