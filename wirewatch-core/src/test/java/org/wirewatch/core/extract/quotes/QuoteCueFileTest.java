package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;

/** A quote cue file with a section no code reads is a mistake, reported with file and line. */
class QuoteCueFileTest {

    @Test
    void an_unknown_section_fails_naming_file_and_line(@TempDir Path dir) throws IOException {
        PackFile file = file(dir, "# toy cues\\n[gap]\\nalso\\n[gaps]\\nthen\\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ListedQuoteCues(file));
        assertTrue(e.getMessage().startsWith("xx/quotes.cues:4: unknown section [gaps]"), e.getMessage());
    }

    @Test
    void the_speech_verbs_and_pronouns_are_the_vocabularys(@TempDir Path dir) throws IOException {
        Vocabulary vocabulary = Vocabulary.parse(List.of("[speech-verb]", "said told", "[speech-stem]", "заяв", "[speaker-pronoun]", "he she"),
                "xx/vocabulary.cues");
        ListedQuoteCues cues = new ListedQuoteCues(file(dir, "[gap]\\nalso\\n"), vocabulary);
        assertTrue(cues.isSpeechVerb("told"));
        assertTrue(cues.isSpeechVerb("заявила"));
        assertTrue(cues.isPronoun("she"));
        assertEquals(false, cues.isSpeechVerb("walked"));
    }

    private static PackFile file(Path dir, String text) throws IOException {
        Path p = Files.writeString(dir.resolve("quotes.cues"), text.replace("\\n", "\n"));
        return new PackFile("xx/quotes.cues", p.toUri().toURL());
    }
}
