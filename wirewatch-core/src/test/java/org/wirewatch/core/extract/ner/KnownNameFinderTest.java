package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/** In a language without name cues, the names the knowledge base knows are found and linked; nothing else is. */
class KnownNameFinderTest {
    private static final KnownNameFinder FINDER = new KnownNameFinder(KnowledgeBases.builtIn());
    private static final TextSplitter SPLITTER = new TextSplitter();

    @Test
    void known_names_are_linked_and_ordinary_capitalised_words_are_not_names() {
        String text = "Die NATO und Mark Rutte sprachen am Montag in Brüssel über die Ukraine.\nDie Regierung schwieg.";
        List<Mention> found = FINDER.find(AnalysedText.of(text, "de", SPLITTER));
        List<String> names = found.stream().map(Mention::text).toList();
        assertTrue(names.contains("NATO"), found.toString());
        assertTrue(names.contains("Mark Rutte"), found.toString());
        assertTrue(names.contains("Ukraine"), found.toString());
        assertTrue(!names.contains("Die") && !names.contains("Regierung") && !names.contains("Montag"), found.toString());
        Mention rutte = found.get(names.indexOf("Mark Rutte"));
        assertEquals("PER", rutte.type());
        assertEquals(text.indexOf("Mark Rutte"), rutte.start());
    }
}
