package org.wirewatch.core.extract.ner;

import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;

/** One recognizer for all tests, built as the pipeline builds it. */
final class Recognizers {
    static final EntityRecognizer STANDARD = new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(),
            NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(), new TextSplitter());

    private Recognizers() {}
}
