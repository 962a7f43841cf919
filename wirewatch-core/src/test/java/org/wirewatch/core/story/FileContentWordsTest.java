package org.wirewatch.core.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.linguistics.morph.Reading;

class FileContentWordsTest {
    private static final FileContentWords WORDS = new FileContentWords("xx",
            FileContentWords.SCHEMA.parse(List.of("# test", "[tag-prefix]", "DT IN", "[tag-part]", ":pron", "[lemma]", "Say"), "xx/content.cues"));

    @Test
    void tagPrefixesTagPartsAndLemmasLeaveWordsOut() {
        assertFalse(WORDS.isContent(List.of(new Reading("the", "DT", null))));
        assertFalse(WORDS.isContent(List.of(new Reading("він", "noun:m:v_naz:pron", null))));
        assertFalse(WORDS.isContent(List.of(new Reading("say", "VBD", null))));
        assertTrue(WORDS.isContent(List.of(new Reading("missile", "NN", null))));
    }

    @Test
    void theOldOneTagALineFormatFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FileContentWords.SCHEMA.parse(List.of("DT", "lemma:be"), "xx/content.cues"));
        assertTrue(e.getMessage().startsWith("xx/content.cues:1:"), e.getMessage());
    }
}
