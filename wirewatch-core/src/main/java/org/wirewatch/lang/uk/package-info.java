/**
 * The Ukrainian language pack: {@code UkrainianPack} and the files in the resource folder of the same
 * name; so far its dictionary (VESUM, with semantic tags), all cue files, the BGN romanizer and the Lucene morfologik analyzer. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.uk;
