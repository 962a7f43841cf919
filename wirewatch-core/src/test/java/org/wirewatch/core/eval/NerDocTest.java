package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.SourceRef;

class NerDocTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SourceRef WHERE = new SourceRef("gold.jsonl", "line 1");

    private static NerDoc parse(String json) throws Exception {
        return NerDoc.parse(JSON.readTree(json), WHERE);
    }

    @Test
    void bio_tags_become_character_spans_over_space_joined_tokens() throws Exception {
        NerDoc doc = parse("{\"id\":\"t1\",\"lang\":\"EN\",\"tokens\":[\"Jens\",\"Stoltenberg\",\"visited\",\"Kyiv\",\"and\",\"NATO\",\"HQ\",\".\"],"
                + "\"ner_tags\":[\"B-PER\",\"I-PER\",\"O\",\"B-LOC\",\"O\",\"B-ORG\",\"I-ORG\",\"O\"]}");
        String text = doc.article().text();
        assertEquals("Jens Stoltenberg visited Kyiv and NATO HQ .", text);
        // "Jens Stoltenberg" 0..16, "Kyiv" after "Jens Stoltenberg visited " (25 chars), "NATO HQ" after "... Kyiv and " (34)
        assertEquals(Set.of(new TypedSpan(0, 16, "PER"), new TypedSpan(25, 29, "LOC"), new TypedSpan(34, 41, "ORG")), doc.entities());
        assertEquals("NATO HQ", text.substring(34, 41));
        assertEquals("en", doc.article().lang());
        assertEquals("t1", doc.article().id());
    }

    @Test
    void iobes_and_ner_uk_labels() throws Exception {
        NerDoc doc = parse("{\"tokens\":[\"Рютте\",\"і\",\"Збройні\",\"сили\",\"України\",\"Київ\"],"
                + "\"ner_tags\":[\"S-PERS\",\"O\",\"B-ORG\",\"I-ORG\",\"E-ORG\",\"S-LOC\"]}");
        // Рютте 0..5, "Збройні сили України" 8..28, Київ 29..33
        assertEquals(Set.of(new TypedSpan(0, 5, "PER"), new TypedSpan(8, 28, "ORG"), new TypedSpan(29, 33, "LOC")), doc.entities());
        assertEquals("gold.jsonl:1", doc.article().id());   // no id in the line: one derived from file and line
    }

    @Test
    void decoding_is_lenient_like_conlleval() {
        List<BioTags.Chunk> chunks = BioTags.decode(List.of("I-PER", "I-PER", "B-PER", "I-LOC", "O", "E-ORG", "LOC", "LOC"));
        assertEquals(List.of(
                new BioTags.Chunk(0, 1, "PER"),    // IOB1: I- opens a chunk
                new BioTags.Chunk(2, 2, "PER"),    // B- splits adjacent same-type chunks
                new BioTags.Chunk(3, 3, "LOC"),    // a type change opens a new chunk
                new BioTags.Chunk(5, 5, "ORG"),    // a lone E- is a one-token chunk
                new BioTags.Chunk(6, 7, "LOC")),   // bare labels (IO scheme) continue while the type holds
                chunks);
    }

    @Test
    void misc_is_dropped_and_aliases_accepted() throws Exception {
        NerDoc doc = parse("{\"id\":\"c1\",\"text\":\"Reuters in Kyiv on Euro 2024\",\"spans\":["
                + "{\"start\":0,\"end\":7,\"label\":\"ORGANIZATION\"},[11,15,\"GPE\"],{\"start\":19,\"end\":28,\"type\":\"MISC\"}]}");
        assertEquals(Set.of(new TypedSpan(0, 7, "ORG"), new TypedSpan(11, 15, "LOC")), doc.entities());
    }

    @Test
    void mismatched_tag_count_and_bad_offsets_are_line_errors() {
        assertThrows(GoldFormatException.class,
                () -> parse("{\"tokens\":[\"a\",\"b\"],\"ner_tags\":[\"O\"]}"));
        assertThrows(GoldFormatException.class,
                () -> parse("{\"text\":\"Kyiv\",\"entities\":[{\"start\":0,\"end\":9,\"type\":\"LOC\"}]}"));
        assertThrows(GoldFormatException.class,   // offsets that point at other text than the gold quotes
                () -> parse("{\"text\":\"in Kyiv\",\"entities\":[{\"start\":0,\"end\":4,\"type\":\"LOC\",\"text\":\"Kyiv\"}]}"));
        assertThrows(GoldFormatException.class,   // integer tags need a label table the line does not carry
                () -> parse("{\"tokens\":[\"a\"],\"ner_tags\":[3]}"));
    }
}
