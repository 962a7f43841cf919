package org.wirewatch.core.lang.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.cues.CueSchema.Keys;

/** The one cue-file syntax: what a file may say, and how each mistake is reported. */
class CueSchemaTest {
    private static final CueSchema SCHEMA = CueSchema.builder()
            .flags("grammar", "genitive-complements")
            .words("verb", "pronoun")
            .phrases("source")
            .keyedWords("month", Keys.numbers(1, 12))
            .keyedPhrases("role", Keys.matching("[a-z_]+", "a role id"))
            .build();

    private static CueFile parse(String... lines) {
        return SCHEMA.parse(List.of(lines), "xx/toy.cues");
    }

    @Test
    void words_phrases_and_keyed_lines_are_read_in_file_order() {
        CueFile f = parse("# a toy file", "[verb]", "said told  # comment", "wrote", "[source]", "according to * | sources  say",
                "[month]", "1: january jan", "1: janv", "5: may", "[role]", "foreign_minister: foreign minister | FM");
        assertEquals(List.of("said", "told", "wrote"), f.entries("verb"));
        assertEquals(List.of("according to *", "sources say"), f.entries("source"));
        assertEquals(Map.of("1", List.of("january", "jan", "janv"), "5", List.of("may")), f.keyed("month"));
        assertEquals(List.of("foreign minister", "FM"), f.keyed("role").get("foreign_minister"));
        assertEquals(3, f.lines("month").size());
        assertEquals(8, f.lines("month").get(0).number());
    }

    @Test
    void a_missing_section_reads_empty_and_an_empty_one_is_there() {
        CueFile f = parse("[pronoun]");
        assertTrue(f.has("pronoun"));
        assertFalse(f.has("verb"));
        assertEquals(List.of(), f.entries("verb"));
    }

    @Test
    void an_unknown_section_names_file_line_and_the_sections_it_may_have() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("[verb]", "said", "[negaton]", "not"));
        assertTrue(e.getMessage().startsWith("xx/toy.cues:3: unknown section [negaton]"), e.getMessage());
        assertTrue(e.getMessage().contains("[verb]"), e.getMessage());
    }

    @Test
    void an_unknown_key_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("[month]", "1: january", "13: undecimber"));
        assertTrue(e.getMessage().startsWith("xx/toy.cues:3: unknown key '13' in [month]"), e.getMessage());
    }

    @Test
    void an_unknown_flag_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("[grammar]", "genitive-complement"));
        assertTrue(e.getMessage().startsWith("xx/toy.cues:2: unknown entry 'genitive-complement' in [grammar]"), e.getMessage());
    }

    @Test
    void a_keyed_line_without_its_key_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("[month]", "january jan"));
        assertTrue(e.getMessage().startsWith("xx/toy.cues:2: [month] lines are 'key: entries'"), e.getMessage());
    }

    @Test
    void entries_before_any_section_a_repeated_section_and_an_empty_phrase_are_errors() {
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("said")).getMessage().startsWith("xx/toy.cues:1: entry before any [section]"));
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("[verb]", "said", "[verb]")).getMessage()
                .startsWith("xx/toy.cues:3: section [verb] repeated"));
        assertTrue(assertThrows(IllegalStateException.class, () -> parse("[source]", "according to * || x")).getMessage()
                .startsWith("xx/toy.cues:2: empty phrase"));
    }

    @Test
    void a_concern_reports_an_entry_it_finds_wrong_at_its_line() {
        CueFile f = parse("[month]", "", "1: january");
        assertEquals("xx/toy.cues:3: not a month", f.error(f.lines("month").get(0).number(), "not a month").getMessage());
    }
}
