/**
 * The Azerbaijani language pack: {@code AzerbaijaniPack} and the files in the resource folder of the same
 * name; so far cleaning cues and a romanizer (for the photo captions of Baku outlets). What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.az;
