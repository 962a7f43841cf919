package org.wirewatch.lang.ru;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.linguistics.morph.Casing;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.NameLexicon;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * Asks the Ukrainian dictionary about a Russian base form: under each of its Ukrainian
 * spellings, is it the base form of a proper name (capitalised, or in capitals for an
 * abbreviation), and is it an ordinary noun. Costs up to {@link UkrainianSpellings#MAX} × 2
 * lookups of about a microsecond, so verdicts are cached, up to {@value #CACHE_LIMIT}: the
 * capitalised nouns of news repeat. Thread-safe.
 */
final class UkrainianCrossCheck {
    /**
     * What VESUM says: the kinds of name, the tags that say so (one per kind), whether the word
     * is also a common noun, and whether the name is written in capitals.
     */
    record Verdict(Map<NameClass, String> tags, boolean common, boolean upperCase) {
        Set<NameClass> classes() {
            return tags.keySet();
        }

        boolean isName() {
            return !tags.isEmpty();
        }
    }

    static final int CACHE_LIMIT = 50_000;

    private final NameLexicon ukrainian;
    private final ConcurrentHashMap<String, Verdict> cache = new ConcurrentHashMap<>();

    UkrainianCrossCheck(NameLexicon ukrainian) {
        this.ukrainian = ukrainian;
    }

    Verdict check(String russianBaseForm, boolean abbreviation) {
        String lower = Casing.lower(russianBaseForm);
        String cacheKey = abbreviation ? lower + '\u0000' : lower;
        Verdict verdict = cache.get(cacheKey);
        if (verdict != null) return verdict;
        verdict = ask(lower, abbreviation);
        // Dropping the lot when full keeps memory bounded without bookkeeping on every call.
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(cacheKey, verdict);
        return verdict;
    }

    private Verdict ask(String lower, boolean abbreviation) {
        Map<NameClass, String> tags = new EnumMap<>(NameClass.class);
        boolean common = false;
        boolean upper = false;
        for (String spelling : UkrainianSpellings.of(lower)) {
            List<Reading> found = List.of();
            if (abbreviation) {
                found = ukrainian.properReadingsOf(spelling.toUpperCase(Locale.ROOT));
                upper |= !found.isEmpty();
            }
            if (found.isEmpty()) found = ukrainian.properReadingsOf(Casing.title(spelling));
            for (Reading r : found) tags.putIfAbsent(r.nameClass(), r.tag());
            common |= ukrainian.isCommonNoun(spelling);
        }
        return new Verdict(Collections.unmodifiableMap(tags), common, upper);
    }
}
