package org.wirewatch.core.ner;

import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.morph.Morphologies;
import org.wirewatch.core.names.NameKeys;
import org.wirewatch.core.ner.cues.NameCuesRegistry;
import org.wirewatch.core.text.TextSplitter;

/** One recognizer for all tests, built as the pipeline builds it. */
final class Recognizers {
    static final EntityRecognizer STANDARD = new EntityRecognizer(KnowledgeBases.builtIn(), new Morphologies(),
            NameCuesRegistry.standard(), new NameKeys(), new TextSplitter());

    private Recognizers() {}
}
