/**
 * The English language pack: {@code EnglishPack} and the files in the resource folder of the same
 * name; so far its dictionary (LanguageTool's English POS dictionary), all cue files and the Lucene English analyzer. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.en;
