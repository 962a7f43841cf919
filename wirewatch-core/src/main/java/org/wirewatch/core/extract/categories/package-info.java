/**
 * Categories: EMM-style "alerts as topics". A {@link org.wirewatch.core.extract.categories.CategoryDefinition}
 * is a weighted, multilingual list of lemmas and phrases with boolean guards ({@code must}, {@code not}),
 * plus entity ids and event types, and a threshold; {@link org.wirewatch.core.extract.categories.CategorySet}
 * reads the built-in definitions and a user's directory of them (docs/categories.md), and
 * {@link org.wirewatch.core.extract.categories.Categorizer} scores an analysed article against them.
 */
package org.wirewatch.core.extract.categories;
