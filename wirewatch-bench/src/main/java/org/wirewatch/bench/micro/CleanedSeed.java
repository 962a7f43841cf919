package org.wirewatch.bench.micro;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/**
 * A seed article as the extractors after entity recognition receive it in the pipeline: cleaned,
 * with its language and its recognised entities. Built once, outside any timing, since entity
 * recognition is the stage before the ones measured on these.
 */
record CleanedSeed(String text, String lang, List<Mention> mentions) {
    CleanedSeed {
        mentions = List.copyOf(mentions);
    }

    /** The five seeds, cleaned and with their entities. */
    static List<CleanedSeed> all(MicroData data) {
        TextCleaner cleaner = new TextCleaner();
        EntityRecognizer recognizer = new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(),
                NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(), new TextSplitter());
        List<CleanedSeed> seeds = new ArrayList<>();
        for (Path p : data.seeds()) {
            String lang = MicroData.seedLang(p);
            String text = cleaner.clean(MicroData.read(p)).text();
            seeds.add(new CleanedSeed(text, lang, recognizer.recognize(text, lang, null).mentions()));
        }
        return seeds;
    }
}
