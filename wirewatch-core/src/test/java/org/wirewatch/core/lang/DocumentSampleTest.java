package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentSampleTest {

    @Test
    void skips_short_furniture_lines() {
        String text = "ua en ru\n12:45\nFoto: Reuters\n" + "A long enough line of real prose for the sample.\n" + "845\n";
        assertEquals("A long enough line of real prose for the sample.\n", DocumentSample.of(text, 1500));
    }

    @Test
    void stops_near_the_letter_budget_at_a_word_end() {
        String line = "Ministers met again in Vienna to talk about grain ships.\n";
        String sample = DocumentSample.of(line.repeat(200), 100);
        long letters = sample.chars().filter(Character::isLetter).count();
        assertTrue(letters >= 100 && letters < 115, "letters: " + letters);
        assertTrue(Character.isLetter(sample.charAt(sample.length() - 2)) || sample.endsWith(".\n"), sample);
        assertFalse(sample.endsWith(" \n"));
    }

    @Test
    void text_without_prose_lines_is_sampled_from_its_start() {
        assertEquals("Київ\nОдеса", DocumentSample.of("Київ\nОдеса", 1500));
        assertEquals("", DocumentSample.of("", 1500));
    }
}
