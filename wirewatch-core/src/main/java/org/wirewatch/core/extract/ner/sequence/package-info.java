/**
 * A learned, context-aware entity recogniser: a structured averaged perceptron that tags every
 * token of a sentence BILOU (Begin, Inside, Last, Unit, Outside) for PER, ORG and LOC, decoded with
 * Viterbi over first-order tag transitions, with the features of Ratinov &amp; Roth (2009): the word,
 * its shape and affixes, a window of two words either side, the casing of the line, dictionary
 * readings, knowledge-base hits and what the document said earlier about the same word.
 *
 * <p>{@link org.wirewatch.core.extract.ner.sequence.SequenceTrainer} learns a
 * {@link org.wirewatch.core.extract.ner.sequence.SequenceModel} from gold JSONL;
 * {@link org.wirewatch.core.extract.ner.sequence.SequenceTagger} applies one;
 * {@link org.wirewatch.core.extract.ner.sequence.BundledSequenceModels} finds the trained models on
 * the class path (the {@code wirewatch-models} module), so the core works without them.
 */
package org.wirewatch.core.extract.ner.sequence;
