/**
 * The records stages hand each other: a {@link org.wirewatch.core.model.RawArticle} as a reader found
 * it, and the analysed {@link org.wirewatch.core.model.Article} (the README's article record) with its
 * mentions, quotes, dates, amounts, events and segments, every offset into its text. Immutable
 * values; {@link org.wirewatch.core.model.Check} holds the argument checks they share, and
 * {@link org.wirewatch.core.model.BoundedMemo} the bounded memo of answers that the stages keep
 * about word forms, names and tags.
 */
package org.wirewatch.core.model;
