package org.wirewatch.core.extract.quotes;

import java.util.List;
import java.util.Optional;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;

/**
 * Finds direct quotes and reported speech with their cue words and speakers. Speakers come only
 * from the entity mentions given, from pronouns resolved to the person last speaking or last named
 * as a subject, or from an office ("the NATO Secretary General") held by a person named earlier;
 * when the text does not say who spoke, the speaker is null rather than a guess.
 * Thread-safe: all state of one call lives in a {@link QuoteReader}.
 */
public final class QuoteExtractor {
    private final QuoteCuesRegistry cues;
    /** Cuts text handed in as a string the way the pipeline cuts an article. */
    private final TextSplitter splitter;

    /** An extractor over the packs on the class path. */
    public QuoteExtractor() {
        this(LanguagePacks.discover());
    }

    public QuoteExtractor(LanguagePacks packs) {
        this.cues = new QuoteCuesRegistry(Check.notNullParam(packs, "packs"));
        this.splitter = new TextSplitter(packs);
    }

    /** Whether quotes are found in this language (its pack has quote cues). */
    public boolean supports(String lang) {
        return cues.find(lang).isPresent();
    }

    /**
     * Direct quotes (in “…”, "…", «…», „…“, ‘…’ and mixes, across sentences and paragraphs, split
     * quotes "…," he said. "…") and reported speech ("X said that …" → {@code direct=false}), in text
     * order. Offsets are indices into {@code text}; quote spans exclude the quote marks.
     */
    public List<Quote> extract(String text, String lang, List<Mention> entities) {
        Check.notNullParam(text, "text");
        Check.notNullParam(entities, "entities");
        Optional<QuoteCues> language = cues.find(lang);
        return language.isEmpty() ? List.of() : new QuoteReader(AnalysedText.of(text, lang, splitter), language.get(), entities).read();
    }

    /** As {@link #extract(String, String, List)}, over the words of an analysed text. */
    public List<Quote> extract(AnalysedText analysed, List<Mention> entities) {
        Check.notNullParam(analysed, "analysed");
        Check.notNullParam(entities, "entities");
        Optional<QuoteCues> language = cues.find(analysed.language());
        return language.isEmpty() ? List.of() : new QuoteReader(analysed, language.get(), entities).read();
    }
}
