package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;

/**
 * Quote cues read from a language pack's {@code quotes.cues} word list, so that linguists edit
 * words rather than code. Sections: {@code [verb]} exact forms, {@code [stem]} prefixes (for
 * the inflected Slavic verbs), {@code [pronoun]}, {@code [connector]}, {@code [gap]},
 * {@code [opener]}, {@code [adjunct]}, {@code [finite]}, {@code [finite-ending]}, and {@code [source]}
 * and {@code [recap]} (one phrase a line). Immutable once built.
 */
final class ListedQuoteCues implements QuoteCues {
    private final Set<String> verbs;
    private final List<String> stems;
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

    ListedQuoteCues(PackFile file) {
        Map<String, List<String>> sections = read(file);
        verbs = Set.copyOf(sections.getOrDefault("verb", List.of()));
        stems = List.copyOf(sections.getOrDefault("stem", List.of()));
        pronouns = Set.copyOf(sections.getOrDefault("pronoun", List.of()));
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
        participles = Set.copyOf(sections.getOrDefault("participle", List.of()));
        relatives = Set.copyOf(sections.getOrDefault("relative", List.of()));
        finiteEndings = List.copyOf(sections.getOrDefault("finite-ending", List.of()));
        recaps = phrases(sections.getOrDefault("recap", List.of()));
    }

    private static List<List<String>> phrases(List<String> lines) {
        List<List<String>> phrases = new ArrayList<>();
        for (String line : lines) phrases.add(List.of(line.split("\\s+")));
        return List.copyOf(phrases);
    }

    @Override public boolean isSpeechVerb(String w) {
        if (verbs.contains(w) || participles.contains(w)) return true;
        for (String stem : stems) if (w.startsWith(stem)) return true;
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

    /** Words per section; source phrases stay whole lines. A missing file is a build error. */
    /** The sections the quote reader asks for; any other section is a mistake in the file. */
    private static final Set<String> SECTIONS = Set.of("adjunct", "channel", "connector", "coordinator", "finite",
            "finite-ending", "gap", "office", "opener", "participle", "possessive", "pronoun", "recap", "relative",
            "source", "speaker-noun", "stem", "verb");

    private static Map<String, List<String>> read(PackFile file) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        String name = null;
        Set<String> seen = new HashSet<>();
        int lineNumber = 0;
        for (String raw : file.lines()) {
            lineNumber++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                name = line.substring(1, line.length() - 1);
                if (!SECTIONS.contains(name)) throw new IllegalStateException(file + ":" + lineNumber + ": unknown section " + line);
                if (!seen.add(name)) throw new IllegalStateException(file + ":" + lineNumber + ": section repeated: " + line);
                current = sections.computeIfAbsent(name, k -> new ArrayList<>());
                continue;
            }
            if (current == null) throw new IllegalStateException(file + ":" + lineNumber + ": entry before any [section]: " + line);
            if (name.equals("source") || name.equals("recap")) current.add(line);
            else current.addAll(List.of(line.split("\\s+")));
        }
        return sections;
    }
}
