/**
 * Languages: identification of a document's language and of each paragraph's
 * ({@link org.wirewatch.core.lang.LanguageIdentifier}: letters and marker letters first, Lingua's
 * n-grams when they are not decisive), and the language-pack SPI every stage reads its
 * per-language knowledge from ({@link org.wirewatch.core.lang.LanguagePack},
 * {@link org.wirewatch.core.lang.LanguagePacks}, found with {@link java.util.ServiceLoader}; the
 * packs themselves are in {@code org.wirewatch.lang.<code>}, see docs/architecture.md).
 */
package org.wirewatch.core.lang;
