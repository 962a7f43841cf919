package org.wirewatch.core.extract.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.UposTags;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.model.Language;

/**
 * A trigger's reading is a verb or a noun by the pack's universal parts of speech where it maps
 * them ({@code upos.cues}), and by the events file's own tag prefixes only where it does not.
 */
class EventPartsOfSpeechTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();

    @Test
    void with_upos_tags_verbs_and_nouns_are_what_the_pack_maps() {
        Language en = Language.of("en");
        PackFile file = PACKS.find(en).orElseThrow().file("events.cues").orElseThrow();
        FileEventCues cues = new FileEventCues("en", file, PACKS.vocabulary(en), PACKS.uposTags(en));
        assertTrue(cues.isVerb(new Reading("strike", "VBD", null)));
        assertTrue(cues.isNoun(new Reading("strike", "NNS", null)));
        assertTrue(cues.isNoun(new Reading("Kyiv", "NNP", null)), "a proper noun is a noun to events");
        assertFalse(cues.isVerb(new Reading("may", "MD", null)), "a modal is AUX, not VERB");
        assertFalse(cues.isNoun(new Reading("strong", "JJ", null)));
    }

    @Test
    void without_upos_tags_the_files_own_prefixes_decide(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.cues");
        Files.writeString(events, "[tags]\nverb: V\nnoun: S\n");
        FileEventCues cues = new FileEventCues("xx", new PackFile("xx/events.cues", events.toUri().toURL()),
                PACKS.vocabulary(Language.of("en")), Optional.<UposTags>empty());
        assertTrue(cues.isVerb(new Reading("go", "V:past", null)));
        assertTrue(cues.isNoun(new Reading("house", "S:pl", null)));
        assertFalse(cues.isVerb(new Reading("house", "S:pl", null)));
    }
}
