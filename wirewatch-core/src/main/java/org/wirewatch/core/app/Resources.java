package org.wirewatch.core.app;

import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Check;

/**
 * What analysis loads once per process and every part shares: the language packs (and through
 * them each dictionary, read on first use, once) and the knowledge base. Build one at start-up
 * (the CLI per command, the server once, a Spark executor once per JVM) and hand it to
 * {@link Wirewatch}. Thread-safe.
 */
public final class Resources {
    private final LanguagePacks packs;
    private final KnowledgeBase kb;

    private Resources(LanguagePacks packs, KnowledgeBase kb) {
        this.packs = Check.notNullParam(packs, "packs");
        this.kb = Check.notNullParam(kb, "kb");
    }

    /** The packs on the class path and the built-in knowledge base. */
    public static Resources bundled() {
        return new Resources(LanguagePacks.discover(), KnowledgeBases.builtIn());
    }

    /** The packs on the class path and the given knowledge base (e.g. with imported Wikidata). */
    public static Resources with(KnowledgeBase kb) {
        return new Resources(LanguagePacks.discover(), kb);
    }

    public static Resources of(LanguagePacks packs, KnowledgeBase kb) {
        return new Resources(packs, kb);
    }

    public LanguagePacks packs() {
        return packs;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }
}
