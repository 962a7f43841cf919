/**
 * The Turkish language pack: {@code TurkishPack}; so far an alphabet, so that Turkish text is not
 * taken for Azerbaijani. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.tr;
