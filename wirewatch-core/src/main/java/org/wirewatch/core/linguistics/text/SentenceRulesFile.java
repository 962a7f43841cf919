package org.wirewatch.core.linguistics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;

/**
 * The parsed content of a language pack's {@code sentences.cues} file: sections {@code [title]},
 * {@code [abbreviation]} and {@code [starter]}, entries separated by spaces or line breaks,
 * {@code #} starts a comment. Immutable.
 */
record SentenceRulesFile(AbbreviationSet titles, AbbreviationSet abbreviations, Set<String> starters) {

    static final SentenceRulesFile EMPTY =
            new SentenceRulesFile(new AbbreviationSet(List.of()), new AbbreviationSet(List.of()), Set.of());

    /** The sections of the file: abbreviations that never end a sentence, those that may, and sentence openers. */
    static final CueSchema SCHEMA = CueSchema.builder().words("title", "abbreviation", "starter").build();

    /** Reads the file shipped in the jar; a missing or malformed file is a build error and fails loudly. */
    static SentenceRulesFile load(PackFile file) {
        return of(SCHEMA.read(file));
    }

    static SentenceRulesFile parse(List<String> lines, String file) {
        return of(SCHEMA.parse(lines, file));
    }

    private static SentenceRulesFile of(CueFile file) {
        List<String> titles = file.entries("title");
        List<String> all = new ArrayList<>(titles);
        all.addAll(file.entries("abbreviation"));
        return new SentenceRulesFile(new AbbreviationSet(titles), new AbbreviationSet(all),
                file.entries("starter").stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }
}
