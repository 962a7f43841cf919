package org.wirewatch.core.kb;

import java.util.List;

/**
 * What an import did.
 *
 * @param lines lines read from the dump
 * @param items entities parsed (items and properties)
 * @param kept items written
 * @param withoutLabels items skipped for having no label in the wanted languages
 * @param untyped items skipped because no class of theirs maps to a type
 * @param filtered items skipped for other reasons (properties, too few sitelinks)
 * @param malformed lines that could not be read, with their line numbers (the first
 *     {@link WikidataDumpReader#MAX_REPORTED} of them)
 * @param malformedCount how many lines could not be read in all
 */
public record ImportSummary(long lines, long items, long kept, long withoutLabels, long untyped, long filtered,
        List<Long> malformed, long malformedCount) {
    public ImportSummary {
        malformed = List.copyOf(malformed);
    }
}
