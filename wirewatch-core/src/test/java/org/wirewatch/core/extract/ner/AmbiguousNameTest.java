package org.wirewatch.core.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.DumpLines;
import org.wirewatch.core.kb.ImportSettings;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.kb.WikidataImport;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two entities share a name (an invented person and an invented town): the context picks, not the order of the list. */
class AmbiguousNameTest {
    @TempDir
    Path dir;

    @Test
    void aNameAfterAPlaceWordIsThePlaceOtherwiseTheMoreProminentEntity() throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(List.of(
                DumpLines.item("Q990001", Map.of("en", List.of("Orla Harwick", "Harwick")), List.of("Q5"), 50),
                DumpLines.item("Q990002", Map.of("en", List.of("Harwick")), List.of("Q515"), 5))));
        WikidataImport.run(dump, dir, ImportSettings.defaults(), (file, line, message) -> { });
        KnowledgeBase kb = KnowledgeBases.withImported(dir);
        EntityRecognizer recognizer = new EntityRecognizer(kb, LanguagePacks.discover(), NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(), new TextSplitter());

        Mention town = EntityRecognizerTest.find(recognizer.recognize("The talks were held in Harwick on Monday.", "en", null).mentions(), "Harwick");
        Mention person = EntityRecognizerTest.find(recognizer.recognize("Yesterday Harwick said the talks went well.", "en", null).mentions(), "Harwick");

        assertEquals("Q990002", town.id());
        assertEquals("LOC", town.type());
        assertEquals("Q990001", person.id());
        assertEquals("PER", person.type());
    }
}
