package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void blank_lines_separate_paragraphs_and_single_breaks_do_not() {
        String text = "  Title line\n\nFirst line\nsecond line \n \t\nLast\n\n\n";
        assertEquals(List.of("Title line", "First line\nsecond line", "Last"), texts(text));
    }

    @Test
    void without_blank_lines_every_line_is_a_paragraph() {
        String text = "Headline\r\nBy A and B |\r\n  Body sentence.  \r\n";
        assertEquals(List.of("Headline", "By A and B |", "Body sentence."), texts(text));
    }

    @Test
    void crlf_blank_lines_count_as_blank() {
        assertEquals(List.of("One\r\nstill one", "Two"), texts("One\r\nstill one\r\n\r\nTwo"));
    }

    @Test
    void whitespace_only_text_has_no_paragraphs() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\n\t\n"));
    }

    @Test
    void spans_point_into_the_text() {
        String text = "\n\nA\n\nB b\nC";
        List<ParagraphSplitter.Span> spans = ParagraphSplitter.split(text);
        assertEquals(List.of(new ParagraphSplitter.Span(2, 3), new ParagraphSplitter.Span(5, 10)), spans);
    }

    private static List<String> texts(String text) {
        return ParagraphSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
