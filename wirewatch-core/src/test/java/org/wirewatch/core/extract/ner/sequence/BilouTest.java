package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;

class BilouTest {

    @Test
    void spansRoundTripThroughTags() {
        List<TokenSpan> spans = List.of(new TokenSpan(0, 1, EntityType.PER), new TokenSpan(2, 5, EntityType.ORG),
                new TokenSpan(5, 7, EntityType.LOC));
        int[] tags = Bilou.encode(8, spans);
        assertEquals(Bilou.tag(0, Bilou.U), tags[0]);
        assertEquals(Bilou.O, tags[1]);
        assertArrayEquals(new int[] {Bilou.tag(1, Bilou.B), Bilou.tag(1, Bilou.I), Bilou.tag(1, Bilou.L)}, java.util.Arrays.copyOfRange(tags, 2, 5));
        assertEquals(spans, Bilou.decode(tags));
    }

    @Test
    void insideFollowsOnlyAnOpenEntityOfItsType() {
        int bPer = Bilou.tag(0, Bilou.B);
        assertTrue(Bilou.allowed(bPer, Bilou.tag(0, Bilou.I)));
        assertTrue(Bilou.allowed(bPer, Bilou.tag(0, Bilou.L)));
        assertFalse(Bilou.allowed(bPer, Bilou.tag(1, Bilou.L)), "B-PER then L-ORG");
        assertFalse(Bilou.allowed(bPer, Bilou.O), "an open entity must close");
        assertFalse(Bilou.allowed(Bilou.O, Bilou.tag(2, Bilou.I)));
        assertFalse(Bilou.allowed(Bilou.START, Bilou.tag(2, Bilou.L)));
        assertTrue(Bilou.allowed(Bilou.tag(2, Bilou.U), Bilou.tag(1, Bilou.B)));
        assertFalse(Bilou.canEnd(bPer));
    }
}
