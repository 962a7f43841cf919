package org.wirewatch.core.extract.dates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.Vocabulary;

/**
 * The date grammar of each language whose pack has {@code dates.cues}, read once. A language
 * without one gets the numeric grammar, which knows no word of any language ("13.11.2024",
 * "2024-11-13" are read; "November" is not): its month names are not English ones. Immutable.
 */
final class DateGrammars {
    /** The pack file of a language's date grammar. */
    static final String FILE = "dates.cues";

    /** No words at all: numeric and ISO dates only. */
    static final DateGrammar NUMERIC = new BundledDateGrammar(GrammarFile.parse(List.of(), "numeric date grammar", Vocabulary.EMPTY));

    private final Map<String, DateGrammar> byLanguage;

    DateGrammars(LanguagePacks packs) {
        Map<String, DateGrammar> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(FILE).ifPresent(f -> map.put(pack.language().code(), new BundledDateGrammar(GrammarFile.load(f, packs.vocabulary(pack.language())))));
        }
        this.byLanguage = Map.copyOf(map);
    }

    /** The language's own grammar; empty when its pack has none. */
    Optional<DateGrammar> find(String lang) {
        return lang == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(lang));
    }

    /** The language's own grammar, or the numeric one. */
    DateGrammar forLanguage(String lang) {
        return find(lang).orElse(NUMERIC);
    }
}
