package org.wirewatch.core.extract.amounts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountCueFileTest {

    @Test
    void a_malformed_line_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AmountCueFile.parse(List.of("[tags]", "noun: NN", "adjective: JJ", "[numbers]", "seven"), "xx.amounts"));
        assertTrue(e.getMessage().startsWith("xx.amounts:5"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> AmountCueFile.parse(List.of("[tags]", "noun: NN", "adjective: JJ", "[numbers]", "", "seven: sept"), "xx.amounts"));
        assertTrue(e.getMessage().startsWith("xx.amounts:6: not a number: sept"), e.getMessage());
    }

    @Test
    void people_objects_may_name_their_own_count() {
        AmountCueFile.Parsed p = AmountCueFile.parse(List.of("[tags]", "noun: NN", "adjective: JJ",
                "[objects]", "hostage*ABDUCT: hostage", "tank: tank"), "xx.amounts");
        assertEquals(new CountedNoun("hostage", true, "ABDUCT"), p.objects().get("hostage"));
        assertEquals(new CountedNoun("tank", false, null), p.objects().get("tank"));
    }

    @Test
    void every_bundled_language_loads() {
        for (AmountCues cues : LanguagePacks.discover().all().stream()
                .flatMap(p -> p.file(AmountExtractor.CUES).map(f -> (AmountCues) new FileAmountCues(p.language().code(), f, org.wirewatch.core.lang.Vocabulary.EMPTY)).stream()).toList()) {
            assertTrue(cues.object(cues.language().equals("en") ? "missile" : "ракета").isPresent(), cues.language());
            assertTrue(cues.countCategory(cues.language().equals("en") ? "killed" : cues.language().equals("ru") ? "погибли" : "загинули")
                    .filter("KILL"::equals).isPresent(), cues.language());
        }
    }
}
