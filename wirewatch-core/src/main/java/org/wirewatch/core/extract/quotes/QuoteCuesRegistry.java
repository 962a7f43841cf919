package org.wirewatch.core.extract.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;

/**
 * The quote cues of each language whose pack has {@code quotes.cues}, read once. A language
 * without them has no quotes found: its speech verbs are not another language's. Immutable.
 */
public final class QuoteCuesRegistry {
    /** The pack file of quote cues. */
    static final String CUES = "quotes.cues";

    private final Map<String, QuoteCues> byLanguage;

    public QuoteCuesRegistry(LanguagePacks packs) {
        Map<String, QuoteCues> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            Optional<PackFile> file = pack.file(CUES);
            file.ifPresent(f -> map.put(pack.language().code(), new ListedQuoteCues(f, packs.vocabulary(pack.language()))));
        }
        this.byLanguage = Map.copyOf(map);
    }

    /** The cues of {@code lang} (ISO 639-1); empty when its pack has none. */
    public Optional<QuoteCues> find(String lang) {
        return lang == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(lang));
    }
}
