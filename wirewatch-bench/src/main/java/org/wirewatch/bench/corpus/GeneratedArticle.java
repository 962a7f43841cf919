package org.wirewatch.bench.corpus;

/**
 * One generated article: the analyze input fields, and the gold a story stage is scored against.
 *
 * @param story       gold story id; every article of a story shares it, whatever its language
 * @param role        how it relates to the story's other articles
 * @param derivedFrom id of the article this one translates or near-duplicates; null for originals
 */
public record GeneratedArticle(String id, String text, String title, String lang, String published, String source,
                               String story, Role role, String derivedFrom) {}
