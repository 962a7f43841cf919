/**
 * The learned part of entity recognition: a name-type model that tells from the letters of one
 * capitalised word whether it is a person's name, a place, an organisation or no name
 * ({@link org.wirewatch.core.extract.ner.learn.NameTypeModel}, shipped as
 * {@link org.wirewatch.core.extract.ner.learn.BundledNameTypeModel}), the averaged perceptron that
 * trains it, and the distant supervision that labels words from the shipped dictionaries,
 * knowledge base and CLDR ({@link org.wirewatch.core.extract.ner.learn.DistantSupervision},
 * {@link org.wirewatch.core.extract.ner.learn.NameModelTrainer}). No annotated text is used. See
 * docs/ner-model.md for the data, the licences, retraining and the measured figures.
 */
package org.wirewatch.core.extract.ner.learn;
