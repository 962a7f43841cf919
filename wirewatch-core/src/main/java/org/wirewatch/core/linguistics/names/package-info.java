/**
 * Names across scripts. {@link org.wirewatch.core.linguistics.names.NameKeys} romanises a name by the BGN/PCGN
 * table of its language (ICU4J) and folds the result into a match key that the spellings of one
 * name share across English, Russian and Ukrainian (Blinken/Блинкен/Блінкен,
 * Kharkiv/Харків/Харьков). One romanizer per language sits behind a package-private interface.
 * Everything else in the package is internal.
 */
package org.wirewatch.core.linguistics.names;
