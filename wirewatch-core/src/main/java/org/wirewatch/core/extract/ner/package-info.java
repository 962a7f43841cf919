/**
 * Entity recognition and linking, the stage after language identification:
 * {@link org.wirewatch.core.extract.ner.EntityRecognizer} finds runs of capitalised words that may be
 * names ({@code CandidateFinder}), types each from the strongest evidence (knowledge base, titles,
 * dictionary tags, designators, then the learned {@link org.wirewatch.core.extract.ner.WordTypeGuesser})
 * and gives it one identity for the document and across scripts. Its mentions feed quotes, events
 * and stories. Per-language word lists are in {@code ner.cues}.
 */
package org.wirewatch.core.extract.ner;
