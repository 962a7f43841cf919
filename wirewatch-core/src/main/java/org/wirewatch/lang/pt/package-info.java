/**
 * The Portuguese language pack: {@code PortuguesePack}; so far an alphabet for identification.
 * What a pack may hold and how to add a language: docs/architecture.md.
 */
package org.wirewatch.lang.pt;
