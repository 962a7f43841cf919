package org.wirewatch.core.extract.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCueFileTest {

    @Test
    void triggersAreReadByLemmaWithTheirPartOfSpeechAndParticle() {
        EventCueFile.Parsed parsed = EventCueFile.parse(List.of("[triggers]", "ATTACK: strike/n shell/v", "INTERCEPT: shoot+down"), "t.events");
        assertEquals(List.of(new Trigger(EventType.ATTACK, "strike", 'n', null)), parsed.triggers().get("strike"));
        assertEquals(List.of(new Trigger(EventType.INTERCEPT, "shoot", (char) 0, "down")), parsed.triggers().get("shoot"));
    }

    @Test
    void anUnknownTypeFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EventCueFile.parse(List.of("# cues", "[triggers]", "PARADE: march"), "xx.events"));
        assertTrue(e.getMessage().contains("xx.events:3") && e.getMessage().contains("PARADE"), e.getMessage());
    }

    @Test
    void anUnknownSectionFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EventCueFile.parse(List.of("[negation]", "not", "[negations]", "never"), "xx/events.cues"));
        assertTrue(e.getMessage().startsWith("xx/events.cues:3: unknown section [negations]"), e.getMessage());
    }

    @Test
    void anEntryOutsideASectionFailsNamingFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventCueFile.parse(List.of("attack"), "xx.events"));
        assertTrue(e.getMessage().contains("xx.events:1"), e.getMessage());
    }

    @Test
    void everyBundledLanguageLoadsItsNegationAndTargetWords() {
        for (EventCues cues : LanguagePacks.discover().all().stream()
                .flatMap(p -> p.file(EventExtractor.CUES).map(f -> (EventCues) new FileEventCues(p.language().code(), f, LanguagePacks.discover().vocabulary(p.language()),
                        LanguagePacks.discover().uposTags(p.language()))).stream()).toList()) {
            assertTrue(cues.negation("not") || cues.negation("не"), cues.language());
            assertTrue(!cues.targetPrepositions(EventType.ATTACK).isEmpty(), cues.language());
        }
    }
}
