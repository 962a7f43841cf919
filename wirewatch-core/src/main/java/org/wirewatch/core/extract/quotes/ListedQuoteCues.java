package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;

/**
 * Quote cues read from a language pack's {@code quotes.cues} word list, so that linguists edit
 * words rather than code. The speech verbs (exact forms, stems for the inflected Slavic verbs,
 * participles) and the pronouns that point back to a speaker are the language's {@link Vocabulary}.
 * Sections: {@code [connector]}, {@code [gap]},
 * {@code [opener]}, {@code [adjunct]} (with the vocabulary's weekdays), {@code [finite]}, {@code [finite-ending]},
 * and {@code [source]} and {@code [recap]} (phrases). Immutable once built.
 */
final class ListedQuoteCues implements QuoteCues {
    private final Set<String> verbs;
    /** The stems by their first character: a word is tried against the few that can start it, not all (this runs per word). */
    private final Map<Character, List<String>> stemsByFirst;
    private final Set<String> pronouns;
    private final Set<String> connectors;
    private final Set<String> gaps;
    private final Set<String> coordinators;
    private final Set<String> offices;
    private final Set<String> channels;
    private final Set<String> possessives;
    private final List<List<String>> sources;
    private final Set<String> openers;
    private final Set<String> adjuncts;
    private final Set<String> finite;
    private final Set<String> speakerNouns;
    private final Set<String> participles;
    private final Set<String> relatives;
    private final List<String> finiteEndings;
    private final List<List<String>> recaps;

    /** The sections of {@code quotes.cues}: words, and phrases where spaces matter. */
    static final CueSchema SCHEMA = CueSchema.builder()
            .words("adjunct", "channel", "connector", "coordinator", "finite", "finite-ending", "gap", "office", "opener",
                    "possessive", "relative", "speaker-noun")
            .phrases("source", "recap")
            .build();

    ListedQuoteCues(PackFile file) {
        this(file, Vocabulary.EMPTY);
    }

    /** The cues of {@code file}; the speech verbs, pronouns and weekdays ("said Monday that") are the vocabulary's. */
    ListedQuoteCues(PackFile file, Vocabulary vocabulary) {
        Map<String, List<String>> sections = read(file, vocabulary);
        verbs = Set.copyOf(vocabulary.words(Vocabulary.SPEECH_VERB));
        stemsByFirst = byFirstCharacter(vocabulary.words(Vocabulary.SPEECH_STEM));
        pronouns = Set.copyOf(vocabulary.words(Vocabulary.SPEAKER_PRONOUN));
        connectors = Set.copyOf(sections.getOrDefault("connector", List.of()));
        gaps = Set.copyOf(sections.getOrDefault("gap", List.of()));
        coordinators = Set.copyOf(sections.getOrDefault("coordinator", List.of()));
        offices = Set.copyOf(sections.getOrDefault("office", List.of()));
        channels = Set.copyOf(sections.getOrDefault("channel", List.of()));
        possessives = Set.copyOf(sections.getOrDefault("possessive", List.of()));
        sources = phrases(sections.getOrDefault("source", List.of()));
        openers = Set.copyOf(sections.getOrDefault("opener", List.of()));
        adjuncts = Set.copyOf(sections.getOrDefault("adjunct", List.of()));
        finite = Set.copyOf(sections.getOrDefault("finite", List.of()));
        speakerNouns = Set.copyOf(sections.getOrDefault("speaker-noun", List.of()));
        participles = Set.copyOf(vocabulary.words(Vocabulary.SPEECH_PARTICIPLE));
        relatives = Set.copyOf(sections.getOrDefault("relative", List.of()));
        finiteEndings = List.copyOf(sections.getOrDefault("finite-ending", List.of()));
        recaps = phrases(sections.getOrDefault("recap", List.of()));
    }

    private static List<List<String>> phrases(List<String> lines) {
        List<List<String>> phrases = new ArrayList<>();
        for (String line : lines) phrases.add(List.of(line.split("\\s+")));
        return List.copyOf(phrases);
    }

    private static Map<Character, List<String>> byFirstCharacter(List<String> stems) {
        Map<Character, List<String>> by = new HashMap<>();
        for (String stem : stems) by.computeIfAbsent(stem.isEmpty() ? null : stem.charAt(0), k -> new ArrayList<>()).add(stem);
        Map<Character, List<String>> frozen = new HashMap<>();
        by.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    @Override public boolean isSpeechVerb(String w) {
        if (verbs.contains(w) || participles.contains(w)) return true;
        if (stemsByFirst.containsKey(null)) return true;   // an empty stem starts every word
        List<String> candidates = w.isEmpty() ? null : stemsByFirst.get(w.charAt(0));
        if (candidates != null) for (String stem : candidates) if (w.startsWith(stem)) return true;
        return false;
    }
    @Override public boolean isPronoun(String w) { return pronouns.contains(w); }
    @Override public boolean isConnector(String w) { return connectors.contains(w); }
    @Override public boolean isGap(String w) { return gaps.contains(w); }
    @Override public boolean isCoordinator(String w) { return coordinators.contains(w); }
    @Override public boolean isOffice(String w) { return offices.contains(w); }
    @Override public boolean isChannel(String w) { return channels.contains(w); }
    @Override public boolean isPossessive(String w) { return possessives.contains(w); }
    @Override public List<List<String>> sourcePhrases() { return sources; }
    @Override public boolean isClauseOpener(String w) { return openers.contains(w); }
    @Override public boolean isParticiple(String w) { return participles.contains(w); }
    @Override public boolean isRelative(String w) { return relatives.contains(w); }
    @Override public boolean isSpeakerNoun(String w) { return speakerNouns.contains(w); }
    @Override public boolean isAdjunct(String w) { return adjuncts.contains(w); }
    @Override public List<List<String>> recapPhrases() { return recaps; }
    @Override public boolean isFinite(String w) {
        if (finite.contains(w)) return true;
        for (String ending : finiteEndings) if (w.length() > ending.length() + 2 && w.endsWith(ending)) return true;
        return false;
    }

    /** Words per section, lower case; source and recap phrases stay whole. A missing file is a build error. */
    private static Map<String, List<String>> read(PackFile file, Vocabulary vocabulary) {
        CueFile parsed = SCHEMA.read(file);
        Map<String, List<String>> sections = new HashMap<>();
        for (String name : SCHEMA.names()) {
            List<String> entries = new ArrayList<>();
            for (String e : parsed.entries(name)) entries.add(e.toLowerCase(Locale.ROOT));
            sections.put(name, entries);
        }
        for (String day : vocabulary.weekdays().keySet()) if (!day.endsWith("*")) sections.get("adjunct").add(day);
        return sections;
    }
}
