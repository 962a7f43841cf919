package org.wirewatch.core.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Feature hashes built piece by piece equal the hash of the feature's whole name, so models keep their slots. */
class TargetFeaturesTest {

    @Test
    void a_hash_built_piece_by_piece_is_the_hash_of_the_whole_name() {
        String lemma = "провал", long_ = "x".repeat(100);
        assertEquals(("hitw:L:" + lemma + "-").hashCode(),
                TargetFeatures.cat(TargetFeatures.cat(TargetFeatures.cat(TargetFeatures.cat("hitw:".hashCode(), 'L'), ':'), lemma), '-'));
        assertEquals(("b2:" + long_ + "_^").hashCode(),
                TargetFeatures.cat(TargetFeatures.cat(TargetFeatures.cat("b2:".hashCode(), long_), '_'), "^"));
        assertEquals("".hashCode(), TargetFeatures.cat(0, ""));
    }
}
