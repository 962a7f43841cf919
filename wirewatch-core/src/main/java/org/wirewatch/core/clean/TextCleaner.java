package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;

/**
 * Cleans plain text scraped from a news page without its markup: drops page furniture (language
 * switchers, captions and photo credits, share/follow/rate lines, promos of other articles,
 * sidebars of headlines with times and view counters, navigation words at the edges) and reads
 * the title, authors, publication date and credited source from the lines that carry them.
 *
 * <p>The rules run in this order: each line on its own ({@link LineRules}); sidebar lists
 * ({@link ListingRules}); the head of the document, where title, dateline and byline sit
 * ({@link HeadScanner}); repeats of short lines and of the title ({@link RepeatRules}); the tail after the last
 * paragraph, where sign-off, credit and page navigation sit ({@link TailScanner}); and promos
 * that repeat a sidebar headline. Rules work from line shape (length, closing punctuation, time
 * stamps, counters, links, repetition, position); the words of each language come from
 * {@link CleaningCues}.
 *
 * <p>Thread-safe: the cues are read-only and each call keeps its state in local objects.
 */
public final class TextCleaner {
    private final LineRules lineRules;
    private final ListingRules listingRules;
    private final RepeatRules repeatRules = new RepeatRules();
    private final HeadScanner head;
    private final TailScanner tail;

    /** The pack file of a language's cleaning cues. */
    static final String CUES = "clean.cues";
    /** The cues every language shares (language switchers, social channels, world agencies), in this package. */
    static final String SHARED = "shared.cues";

    /** A cleaner that knows the cues of every pack on the class path at once. */
    public TextCleaner() {
        this(LanguagePacks.discover());
    }

    /** A cleaner that knows the cleaning cues of every pack at once (pages mix languages). */
    public TextCleaner(LanguagePacks packs) {
        this(cuesOf(packs));
    }

    /** A cleaner with the given languages' cues, plus the cues all languages share. */
    public TextCleaner(List<CleaningCues> languages) {
        List<CleaningCues> all = new ArrayList<>(languages);
        all.add(shared());
        CueIndex cues = new CueIndex(all);
        BylineParser bylines = new BylineParser(cues);
        DatelineParser datelines = new DatelineParser(cues, bylines);
        CreditParser credits = new CreditParser(cues);
        this.lineRules = new LineRules(cues, datelines);
        this.listingRules = new ListingRules(cues);
        this.head = new HeadScanner(cues, datelines, bylines, credits);
        this.tail = new TailScanner(cues, datelines, bylines, credits);
    }

    /** Cleans one document. Never throws: null, empty and boilerplate-only text give an empty document. */
    public CleanedDocument clean(String rawText) {
        Draft d = classify(rawText == null ? "" : rawText);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) if (d.isContent(i)) kept.add(d.line(i).text());
        String title = d.title() >= 0 ? d.line(d.title()).text() : null;
        return new CleanedDocument(String.join("\n\n", kept), title, d.authors(), d.published(), d.source());
    }

    /**
     * What the cleaner took the line holding {@code part} for ("navigation", "listing", "content",
     * …), for explaining why a piece of text is missing from a cleaned document; null when no
     * single line holds it (whitespace inside lines is collapsed before comparing).
     */
    public String lineKindOf(String rawText, String part) {
        String wanted = part.strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) return null;
        Draft d = classify(rawText == null ? "" : rawText);
        for (int i = 0; i < d.size(); i++) {
            if (d.line(i).text().contains(wanted)) return d.kinds[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return null;
    }

    /** Every line of the text with what it turned out to be; package-private, for tests and measurement. */
    Draft classify(String text) {
        Draft d = new Draft(Lines.split(text));
        for (int i = 0; i < d.size(); i++) d.kinds[i] = lineRules.classify(d.line(i));
        listingRules.markListings(d);
        head.scan(d);
        repeatRules.markRepeats(d);
        tail.scan(d);
        repeatRules.markEchoes(d);
        return d;
    }

    /** Whether the pack gives cleaning cues of its own (every language gets the shared ones). */
    public static boolean hasCues(LanguagePack pack) {
        return pack.file(CUES).isPresent();
    }

    static List<CleaningCues> cuesOf(LanguagePacks packs) {
        List<CleaningCues> cues = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(CUES).ifPresent(f -> cues.add(new FileCleaningCues(pack.language().code(), f, packs.vocabulary(pack.language()))));
        }
        return cues;
    }

    /** The cues every language shares; they ship with this class, so a missing file is a broken build. */
    static CleaningCues shared() {
        java.net.URL url = TextCleaner.class.getResource(SHARED);
        if (url == null) throw new IllegalStateException("cue file missing from the classpath: " + SHARED);
        return new FileCleaningCues("mul", new PackFile(SHARED, url), org.wirewatch.core.lang.Vocabulary.EMPTY);
    }
}
