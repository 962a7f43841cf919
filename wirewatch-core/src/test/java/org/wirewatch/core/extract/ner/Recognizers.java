package org.wirewatch.core.extract.ner;

import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.linguistics.text.TextSplitter;

/** One recognizer for all tests, built as the pipeline builds it. */
final class Recognizers {
    static final EntityRecognizer STANDARD = new EntityRecognizer(KnowledgeBases.builtIn(), new Morphologies(),
            NameCuesRegistry.standard(), new NameKeys(), new TextSplitter());

    private Recognizers() {}
}
