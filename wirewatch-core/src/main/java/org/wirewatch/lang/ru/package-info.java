/**
 * The Russian language pack: {@code RussianPack} and the files in the resource folder of the same
 * name; so far its dictionary (LanguageTool's Russian dictionary, cross-checked against the Ukrainian one for names), all cue files, the BGN romanizer and the Lucene Russian analyzer. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.ru;
