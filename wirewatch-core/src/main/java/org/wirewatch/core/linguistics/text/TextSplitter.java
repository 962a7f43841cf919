package org.wirewatch.core.linguistics.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Check;

/**
 * Splits article text into sentences of tokens, with exact offsets. Every line break ends a
 * sentence (paragraphs, headlines and list items without a final stop, lines of a sidebar), so
 * no sentence ever spans two lines; within a line the {@link Tokenizer} cuts the tokens and
 * {@link SentenceRules} of the given language decide which full stops are abbreviations.
 *
 * <p>Thread-safe: keeps no state between calls; build one and share it.
 */
public final class TextSplitter {
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, SentenceRules> rules;

    /** The pack file of a language's abbreviations and sentence openers. */
    static final String RULES = "sentences.cues";

    /** A splitter for the languages of the packs on the class path, and "und" (unknown language). */
    public TextSplitter() {
        this(LanguagePacks.discover());
    }

    /** A splitter for every pack with {@code sentences.cues}, and "und" (unknown language). */
    public TextSplitter(LanguagePacks packs) {
        this(rulesOf(packs));
    }

    private static List<SentenceRules> rulesOf(LanguagePacks packs) {
        List<SentenceRules> rules = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(RULES).ifPresent(f -> rules.add(new BundledSentenceRules(pack.language().code(), f)));
        }
        rules.add(new UndeterminedSentenceRules());
        return rules;
    }

    /** A splitter for exactly these languages; adding one is adding a {@link SentenceRules}. */
    public TextSplitter(Collection<? extends SentenceRules> languages) {
        Check.notNullParam(languages, "languages");
        Map<String, SentenceRules> byCode = new LinkedHashMap<>();
        for (SentenceRules r : languages) {
            if (byCode.put(r.language(), r) != null) throw new IllegalArgumentException("two sentence rules for " + r.language());
        }
        this.rules = Collections.unmodifiableMap(byCode);
    }

    /** The ISO 639-1 codes this splitter has rules for. */
    public Set<String> languages() {
        return rules.keySet();
    }

    /** The sentence rules of a language; empty when it has none. */
    public Optional<SentenceRules> rules(String lang) {
        return lang == null ? Optional.empty() : Optional.ofNullable(rules.get(lang.toLowerCase(Locale.ROOT)));
    }

    public boolean supports(String lang) {
        return lang != null && rules.containsKey(lang.toLowerCase(Locale.ROOT));
    }

    /** The sentences of the whole text. */
    public List<Sentence> sentences(String text, String lang) {
        Check.notNullParam(text, "text");
        return sentences(text, 0, text.length(), lang);
    }

    /**
     * The sentences of {@code text[start, end)} — a segment or a paragraph — with offsets into
     * the whole text. Throws for a language without rules (pass "und" for unknown text).
     */
    public List<Sentence> sentences(String text, int start, int end, String lang) {
        Check.notNullParam(text, "text");
        Check.span(start, end, text.length(), "split");
        SentenceRules language = rulesFor(lang);
        List<Sentence> out = new ArrayList<>();
        List<Token> line = new ArrayList<>();
        for (int i = start; i < end; i++) {
            line.clear();
            i = tokenizer.line(text, i, end, line);
            if (!line.isEmpty()) SentenceBoundaries.split(line, language, out);
        }
        return Collections.unmodifiableList(out);
    }

    private SentenceRules rulesFor(String lang) {
        Check.notNullParam(lang, "lang");
        SentenceRules r = rules.get(lang.toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException("no sentence rules for language '" + lang + "'; supported: "
                    + String.join(", ", new TreeSet<>(rules.keySet())) + " (\"und\" for unknown text)");
        }
        return r;
    }
}
