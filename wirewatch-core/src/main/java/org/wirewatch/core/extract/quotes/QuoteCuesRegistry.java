package org.wirewatch.core.extract.quotes;

import java.util.List;
import java.util.Map;

/**
 * The quote cues of each supported language, loaded once. Text in another or unknown language
 * gets the cues of all languages together: news often quotes across languages, and a speech verb
 * of one language is never an ordinary word of another.
 */
public final class QuoteCuesRegistry {
    private static final QuoteCuesRegistry STANDARD = new QuoteCuesRegistry(
            Map.of("en", new EnglishQuoteCues(), "ru", new RussianQuoteCues(), "uk", new UkrainianQuoteCues()));

    private final Map<String, QuoteCues> byLanguage;
    private final QuoteCues any;

    public QuoteCuesRegistry(Map<String, QuoteCues> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.any = new AnyQuoteCues(List.copyOf(this.byLanguage.values()));
    }

    /** The bundled English, Russian and Ukrainian cues. */
    public static QuoteCuesRegistry standard() {
        return STANDARD;
    }

    /** The cues of {@code lang} (ISO 639-1), or of all languages when it has none of its own. */
    public QuoteCues forLanguage(String lang) {
        QuoteCues cues = lang == null ? null : byLanguage.get(lang);
        return cues != null ? cues : any;
    }
}
