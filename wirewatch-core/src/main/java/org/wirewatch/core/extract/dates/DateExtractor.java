package org.wirewatch.core.extract.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.DateMention;

/**
 * Finds temporal expressions in English, Russian and Ukrainian text and normalises them to
 * ISO-8601 at the precision the text gives ("2024", "2024-07", "2024-07-08", "2024-W45",
 * "2024-11-13T17:21"). Relative ones ("on Wednesday", "вчера", "минулого тижня", "July 8" without a
 * year) are resolved against an anchor, the article's published date, with the tense of their
 * sentence choosing between the past and the coming one. Thread-safe: the per-language grammars
 * are immutable and shared, and each call keeps its state on the stack.
 */
public final class DateExtractor {

    private final DateGrammars grammars;
    private final Morphologies morphologies;
    /** Cuts text handed in as a string the way the pipeline cuts an article. */
    private final TextSplitter splitter;

    /** The packs on the class path; reads tense from the cue word lists only, loading no dictionary. */
    public DateExtractor() {
        this(LanguagePacks.discover(), false);
    }

    /**
     * Also reads tense from the dictionaries' verb tags, which see Russian and Ukrainian perfective
     * futures ("выступит в пятницу", "збереться в п'ятницю") that no cue list can: pass the
     * pipeline's shared packs, so no dictionary is read twice.
     */
    public DateExtractor(LanguagePacks packs) {
        this(packs, true);
    }

    private DateExtractor(LanguagePacks packs, boolean dictionaries) {
        this.grammars = new DateGrammars(packs);
        this.morphologies = dictionaries ? packs.morphologies() : null;
        this.splitter = new TextSplitter(packs);
    }

    /** Whether dates are read in this language's words (its pack has a date grammar); every language gets numeric dates. */
    public boolean supports(String lang) {
        return grammars.find(lang).isPresent();
    }

    /**
     * Temporal expressions in text (numeric ones only in a language without a date grammar), in text order, normalised to ISO-8601 at the
     * precision the text gives; relative ones resolved against {@code anchorIso} (an ISO date or
     * date-time; when null or unreadable, relative ones are still found, with a null value).
     * A clock time alone ("17:21") is not a date; one right after a date is part of it. Without an
     * anchor, a month-day takes the year the text named last before it.
     */
    public List<DateMention> extract(String text, String lang, String anchorIso) {
        Check.notNullParam(text, "text");
        return extract(AnalysedText.of(text, lang, splitter), anchorIso);
    }

    /** As {@link #extract(String, String, String)}, over the tokens and sentences of an analysed text. */
    public List<DateMention> extract(AnalysedText analysed, String anchorIso) {
        Check.notNullParam(analysed, "analysed");
        String text = analysed.text();
        Analysis a = analyse(analysed);
        Resolver resolver = new Resolver(parseAnchor(anchorIso));
        List<DateMention> out = new ArrayList<>(a.expressions.size());
        LocalDate lastDay = null;
        int namedYear = 0;
        for (Expression e : a.expressions) {
            String value = resolver.value(resolver.anchor() == null ? inYear(e, namedYear) : e, a.tense(e), lastDay);
            out.add(new DateMention(e.start(), e.end(), text.substring(e.start(), e.end()), value));
            if (value != null && value.length() >= 10 && value.charAt(4) == '-') lastDay = LocalDate.parse(value.substring(0, 10));
            if (e.kind() == Expression.Kind.CALENDAR && e.year() > 0) namedYear = e.year();
        }
        return List.copyOf(out);
    }

    /**
     * Without an anchor, a month (and day) without a year takes the year the text named last
     * before it ("signed in March 2019 … ratified on 5 April"): the text's own year, not a guess.
     */
    private static Expression inYear(Expression e, int namedYear) {
        if (namedYear == 0 || e.kind() != Expression.Kind.CALENDAR || e.year() != 0 || e.month() == 0) return e;
        return Expression.calendar(e.start(), e.end(), namedYear, e.month(), e.day(), e.time(), e.since());
    }

    /**
     * When an article has no published date, the day its content implies, else empty: a
     * dateline, else the latest full past date, else the day before an event said to start
     * "tomorrow" whose date (and year) the text gives. Never a guessed year: an article that only
     * says "July 8" and writes no year gets empty. See {@link PublishedDate} for the order.
     */
    public Optional<String> inferPublished(String text, String lang) {
        Check.notNullParam(text, "text");
        return inferPublished(AnalysedText.of(text, lang, splitter));
    }

    /** As {@link #inferPublished(String, String)}, over the tokens and sentences of an analysed text. */
    public Optional<String> inferPublished(AnalysedText analysed) {
        Check.notNullParam(analysed, "analysed");
        Analysis a = analyse(analysed);
        return PublishedDate.infer(a.expressions(), a::tense).map(LocalDate::toString);
    }

    private Analysis analyse(AnalysedText analysed) {
        String lang = analysed.language();
        DateGrammar grammar = grammars.forLanguage(lang);
        Morphology morphology = morphologies == null || lang == null ? null : morphologies.forLanguage(lang).orElse(null);
        List<Word> words = Words.of(analysed);
        return new Analysis(new Scanner(words, grammar).scan(), words, new TenseReader(grammar, morphology));
    }

    private static LocalDate parseAnchor(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Analysis(List<Expression> expressions, List<Word> words, TenseReader reader) {
        Tense tense(Expression e) {
            return Tense.around(words, e.start(), e.end(), reader);
        }
    }
}
