/**
 * Per-language word lists that help find, type and title names: function words that are not
 * names when capitalised, organisation and place designators, place prepositions, name
 * particles, month and day names, MISC names, demonyms, and titles and offices with a role id
 * shared across languages ("secretary_general" for "Secretary-General", "генеральным
 * секретарем", "генеральний секретар").
 *
 * <p>{@link org.wirewatch.core.extract.ner.cues.NameCuesRegistry#standard()} gives the
 * {@link org.wirewatch.core.extract.ner.cues.NameCues} of English, Russian and Ukrainian, each read
 * once from a language pack's {@code names.cues} file (format in {@code CueFile}). Russian and
 * Ukrainian inflected forms are matched by stem plus a closed list of case endings (see
 * {@code WordPattern}). Everything here is immutable and thread-safe.
 */
package org.wirewatch.core.extract.ner.cues;
