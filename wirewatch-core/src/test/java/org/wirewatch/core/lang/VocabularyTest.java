package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Language;

/** The shared words of each language: one file, read once, the same months, pronouns and speech verbs for every concern. */
class VocabularyTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();

    @Test
    void months_are_found_in_every_form_the_file_lists() {
        assertEquals(11, PACKS.vocabulary(Language.of("uk")).month("листопада"));
        assertEquals(11, PACKS.vocabulary(Language.of("ru")).month("нояб"));
        assertEquals(9, PACKS.vocabulary(Language.of("en")).month("sept"));
        assertEquals(3, PACKS.vocabulary(Language.of("en")).weekday("wednesday"));
        assertEquals(0, PACKS.vocabulary(Language.of("en")).month("mayor"));
    }

    @Test
    void a_stem_takes_a_few_letters_of_inflection() {
        Vocabulary pl = PACKS.vocabulary(Language.of("pl"));
        assertEquals(1, pl.month("stycznia"));
        assertEquals(0, pl.month("styczniowego_tygodnia"));
    }

    @Test
    void a_language_that_capitalises_its_calendar_writes_its_words_so() {
        List<String> words = PACKS.vocabulary(Language.of("en")).calendarWords();
        assertTrue(words.contains("January") && words.contains("Sept") && words.contains("Monday"), words.toString());
        assertTrue(PACKS.vocabulary(Language.of("ru")).calendarWords().contains("января"));
    }

    @Test
    void a_language_without_the_file_has_an_empty_vocabulary() {
        assertEquals(0, PACKS.vocabulary(Language.of("es")).month("enero"));
    }

    @Test
    void a_form_given_two_numbers_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Vocabulary.parse(List.of("[month]", "3: mar", "5: mar"), "xx/vocabulary.cues"));
        assertTrue(e.getMessage().startsWith("xx/vocabulary.cues:3: 'mar' is both month 3 and 5"), e.getMessage());
    }

    @Test
    void the_pronouns_and_speech_verbs_of_every_concern_are_in_the_vocabulary() {
        Vocabulary uk = PACKS.vocabulary(Language.of("uk"));
        assertTrue(uk.words(Vocabulary.SPEAKER_PRONOUN).contains("вона"), uk.words(Vocabulary.SPEAKER_PRONOUN).toString());
        assertTrue(uk.words(Vocabulary.SPEECH_STEM).contains("заявив"));
        assertTrue(uk.words(Vocabulary.SPEECH_LEMMA).contains("заявити"));
        Vocabulary en = PACKS.vocabulary(Language.of("en"));
        assertTrue(en.words(Vocabulary.SPEECH_VERB).contains("said"));
        assertTrue(en.pronouns().containsAll(List.of("he", "his", "it", "we")), en.pronouns().toString());
    }

    @Test
    void a_misspelt_pronoun_section_names_file_and_line() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Vocabulary.parse(List.of("[speaker-pronoun]", "he", "[speaker-pronouns]", "she"), "xx/vocabulary.cues"));
        assertTrue(e.getMessage().startsWith("xx/vocabulary.cues:3: unknown section [speaker-pronouns]"), e.getMessage());
    }
}
