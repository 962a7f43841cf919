package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;

class ViterbiTest {
    private static final int K = Bilou.COUNT;

    @Test
    void followsTheBestScoresWhenTheyFormAValidSequence() {
        float[][] e = scores(3);
        e[0][Bilou.tag(0, Bilou.B)] = 2;
        e[1][Bilou.tag(0, Bilou.L)] = 2;
        e[2][Bilou.O] = 1;
        int[] best = Viterbi.decode(e, new float[(K + 1) * K]);
        assertEquals(List.of(new TokenSpan(0, 2, EntityType.PER)), Bilou.decode(best));
    }

    /** Token by token the best tags are B-PER then L-ORG, which is no entity at all; Viterbi finds the best valid pair. */
    @Test
    void neverReturnsAnInvalidSequence() {
        float[][] e = scores(2);
        e[0][Bilou.tag(0, Bilou.B)] = 3;
        e[1][Bilou.tag(1, Bilou.L)] = 3;
        e[1][Bilou.tag(0, Bilou.L)] = 1;
        int[] best = Viterbi.decode(e, new float[(K + 1) * K]);
        assertArrayEquals(new int[] {Bilou.tag(0, Bilou.B), Bilou.tag(0, Bilou.L)}, best);
    }

    @Test
    void transitionsCanOutweighATokenScore() {
        float[][] e = scores(2);
        e[0][Bilou.tag(2, Bilou.U)] = 1;
        e[1][Bilou.tag(2, Bilou.U)] = 1.5f;
        e[1][Bilou.O] = 1;
        float[] t = new float[(K + 1) * K];
        t[Bilou.tag(2, Bilou.U) * K + Bilou.tag(2, Bilou.U)] = -2;   // two places side by side are rare
        int[] best = Viterbi.decode(e, t);
        assertArrayEquals(new int[] {Bilou.tag(2, Bilou.U), Bilou.O}, best);
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertEquals(0, Viterbi.decode(new float[0][], new float[(K + 1) * K]).length);
    }

    private static float[][] scores(int n) {
        return new float[n][K];
    }
}
