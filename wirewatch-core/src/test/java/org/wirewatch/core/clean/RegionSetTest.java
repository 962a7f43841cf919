package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionSetTest {

    @Test
    void findsARegionAsItsSubstringWouldBeFound() {
        RegionSet set = new RegionSet(List.of("follow us", "фото", "share"));
        String line = "please follow us on telegram";
        assertTrue(set.contains(line, 7, 16));
        assertFalse(set.contains(line, 7, 15));
        assertFalse(set.contains(line, 0, 6));
        assertTrue(set.contains("фото"));
        assertFalse(set.contains("фот"));
    }

    @Test
    void returnsTheStoredMember() {
        String member = "photo";
        RegionSet set = new RegionSet(List.of(member));
        assertSame(member, set.find("a photo here", 2, 7));
        assertNull(set.find("a photo here", 2, 6));
    }

    @Test
    void agreesWithAHashSetOnManyMembersAndRegions() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 500; i++) members.add("w" + i * 7 + (i % 3 == 0 ? " x" : ""));
        RegionSet set = new RegionSet(members);
        Set<String> reference = Set.copyOf(members);
        assertEquals(reference.size(), set.size());
        String text = String.join(" ", members);
        for (int from = 0; from < 200; from++) {
            for (int to = from; to < Math.min(text.length(), from + 12); to++) {
                assertEquals(reference.contains(text.substring(from, to)), set.contains(text, from, to), text.substring(from, to));
            }
        }
    }

    @Test
    void theEmptySetHoldsNothing() {
        RegionSet set = new RegionSet(List.of());
        assertFalse(set.contains(""));
        assertFalse(set.contains("anything", 0, 3));
    }
}
