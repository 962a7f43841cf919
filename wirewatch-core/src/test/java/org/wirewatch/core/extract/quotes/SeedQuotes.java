package org.wirewatch.core.extract.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/** A seed article read in place from ../shared, cleaned, with its entities recognised as the pipeline does. */
record SeedQuotes(String text, String lang, List<Mention> mentions) {
    private static final TextCleaner CLEANER = new TextCleaner();
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(),
            NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(), new TextSplitter());

    static SeedQuotes load(String prefix, String lang) {
        Path dir = SharedData.require("corpus", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            String text = CLEANER.clean(Files.readString(file)).text();
            return new SeedQuotes(text, lang, RECOGNIZER.recognize(text, lang, null).mentions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
