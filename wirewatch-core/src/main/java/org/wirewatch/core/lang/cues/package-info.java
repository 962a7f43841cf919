/**
 * The one reader of every cue file a language pack bundles ({@code *.cues}, see docs/cue-files.md):
 * one syntax for sections, word lists, phrase lists and keyed lines; each concern declares the
 * sections (and keys) it reads in a {@link org.wirewatch.core.lang.cues.CueSchema}, and anything
 * else in a file is an error naming the file and the line.
 */
package org.wirewatch.core.lang.cues;
