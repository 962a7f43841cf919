package org.wirewatch.core.kb;

import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * What {@link WikidataImport} keeps from a dump.
 *
 * @param languages label and alias languages to keep; items with none of them are skipped
 * @param keepUntyped keep items whose P31 classes give no type (as MISC) instead of skipping them
 * @param minSitelinks skip items linked from fewer Wikimedia pages than this (0 keeps all); a
 *     cheap prominence filter that keeps a full-dump import to a size that fits in memory
 */
public record ImportSettings(List<String> languages, boolean keepUntyped, int minSitelinks) {
    public ImportSettings {
        Check.notNullParam(languages, "languages");
        Check.isTrue(!languages.isEmpty(), "at least one language is needed");
        Check.isTrue(minSitelinks >= 0, "minSitelinks must be >= 0, was %d", minSitelinks);
        languages = List.copyOf(languages);
    }

    /** English, Russian and Ukrainian labels; typed items only; no prominence filter. */
    public static ImportSettings defaults() {
        return new ImportSettings(List.of("en", "ru", "uk"), false, 0);
    }
}
