package org.wirewatch.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes per-token chunk tags into spans over token indices. Accepts IOB2/BIO, IOB1, IOBES
 * and BILOU ("B-PER", "I-PER", "E-PER", "S-PER", "L-PER", "U-PER", "O"; "_" also separates),
 * and bare labels ("PER") as in the IO scheme. Like conlleval it is lenient: an I/E/L tag that
 * does not continue a chunk of its own type starts a new chunk instead of being dropped.
 */
final class BioTags {
    private BioTags() {}

    /** A chunk covering tokens {@code first..last} inclusive, with its label as tagged (not yet normalised). */
    record Chunk(int first, int last, String type) {}

    static List<Chunk> decode(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        int open = -1;
        String openType = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i).trim().toUpperCase(Locale.ROOT);
            if (tag.isEmpty() || tag.equals("O") || tag.equals("-")) {
                if (open >= 0) chunks.add(new Chunk(open, i - 1, openType));
                open = -1;
                continue;
            }
            char prefix = 'I';
            String type = tag;
            if (tag.length() > 2 && (tag.charAt(1) == '-' || tag.charAt(1) == '_') && "BIESLU".indexOf(tag.charAt(0)) >= 0) {
                prefix = tag.charAt(0);
                type = tag.substring(2);
            }
            boolean begins = prefix == 'B' || prefix == 'S' || prefix == 'U' || open < 0 || !type.equals(openType);
            if (begins) {
                if (open >= 0) chunks.add(new Chunk(open, i - 1, openType));
                open = i;
                openType = type;
            }
            if (prefix == 'E' || prefix == 'S' || prefix == 'L' || prefix == 'U') {
                chunks.add(new Chunk(open, i, openType));
                open = -1;
            }
        }
        if (open >= 0) chunks.add(new Chunk(open, tags.size() - 1, openType));
        return chunks;
    }
}
