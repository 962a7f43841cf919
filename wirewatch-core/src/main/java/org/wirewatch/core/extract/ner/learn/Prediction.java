package org.wirewatch.core.extract.ner.learn;

/**
 * What the name-type model says of one word.
 *
 * @param kind   the best-scoring kind
 * @param margin how far its score is ahead of the runner-up, in the model's units; larger is surer
 *               (the thresholds worth trusting are measured in docs/ner-model.md)
 */
public record Prediction(NameKind kind, double margin) {}
