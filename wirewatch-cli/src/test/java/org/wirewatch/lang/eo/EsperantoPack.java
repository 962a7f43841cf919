package org.wirewatch.lang.eo;

import org.wirewatch.core.lang.BundledLanguagePack;

/**
 * A toy language pack that exists only on the test class path: Esperanto with a handful of words
 * (an office, a speech verb, the months). It proves that a language is added by a package, a
 * resource folder and a service line, without editing any main class.
 */
public final class EsperantoPack extends BundledLanguagePack {
    public EsperantoPack() {
        super("eo");
    }
}
