package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.PackFile;

/** A quote cue file with a section no code reads is a mistake, reported with file and line. */
class QuoteCueFileTest {

    @Test
    void an_unknown_section_fails_naming_file_and_line(@TempDir Path dir) throws IOException {
        PackFile file = file(dir, "# toy cues\\n[verb]\\nsaid\\n[verbs]\\ntold\\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ListedQuoteCues(file));
        assertTrue(e.getMessage().startsWith("xx/quotes.cues:4: unknown section [verbs]"), e.getMessage());
    }

    @Test
    void the_known_sections_are_read(@TempDir Path dir) throws IOException {
        ListedQuoteCues cues = new ListedQuoteCues(file(dir, "[verb]\\nsaid told\\n[pronoun]\\nhe she\\n"));
        assertTrue(cues.isSpeechVerb("told"));
        assertEquals(false, cues.isSpeechVerb("walked"));
    }

    private static PackFile file(Path dir, String text) throws IOException {
        Path p = Files.writeString(dir.resolve("quotes.cues"), text.replace("\\n", "\n"));
        return new PackFile("xx/quotes.cues", p.toUri().toURL());
    }
}
