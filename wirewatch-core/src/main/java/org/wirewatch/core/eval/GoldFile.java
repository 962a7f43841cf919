package org.wirewatch.core.eval;

import java.util.List;

/**
 * What a gold file held: the lines that parsed, and for the rest one message each
 * ("gold.jsonl: line 7: missing \"text\"").
 */
record GoldFile<T>(List<T> items, int skippedLines, List<String> errors) {
    GoldFile {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }
}
