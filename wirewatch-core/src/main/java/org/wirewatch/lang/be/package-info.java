/**
 * The Belarusian language pack: {@code BelarusianPack} and the files in the resource folder of the same
 * name; so far an alphabet for identification. What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.be;
