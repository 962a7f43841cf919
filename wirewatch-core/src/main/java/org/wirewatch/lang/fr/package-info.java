/**
 * The French language pack: {@code FrenchPack} and the files in the resource folder of the same
 * name; so far cleaning cues and an alphabet for identification. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.fr;
