/**
 * The records stages hand each other: a {@link org.wirewatch.core.model.RawArticle} as a reader found
 * it, and the analysed {@link org.wirewatch.core.model.Article} (the README's article record) with its
 * mentions, quotes, dates, amounts, events and segments, every offset into its text. Immutable
 * values; {@link org.wirewatch.core.model.Check} holds the argument checks they share.
 */
package org.wirewatch.core.model;
