package org.wirewatch.core.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.core.morph.Reading;

/** {@link EventCues} read once from the bundled {@code <lang>.events}. Immutable. */
abstract class FileEventCues implements EventCues {
    private final String language;
    private final EventCueFile.Parsed cues;

    FileEventCues(String language) {
        this.language = language;
        this.cues = EventCueFile.load(language);
    }

    @Override public String language() { return language; }

    @Override public List<Trigger> triggers(String lemma) { return cues.triggers().getOrDefault(lemma, List.of()); }

    @Override public boolean support(String lemma) { return cues.words("support").contains(lemma); }

    @Override public boolean aidWord(String lemma) { return cues.words("aid-words").contains(lemma); }

    @Override public boolean negation(String word) { return cues.words("negation").contains(word); }

    @Override public boolean modal(String word) { return cues.words("modal").contains(word); }

    @Override public boolean agent(String word) { return cues.words("agent").contains(word); }

    @Override public boolean ofAgent(EventType type, String word) { return prepositions("of-agent", type).contains(word); }

    @Override public Set<String> targetPrepositions(EventType type) { return prepositions("target", type); }

    @Override public Set<String> locationPrepositions(EventType type) { return prepositions("location", type); }

    @Override public boolean directObject(EventType type) { return cues.words("direct-object").contains(type.name().toLowerCase(java.util.Locale.ROOT)); }

    @Override public boolean reporting(String lemma) { return cues.words("reporting").contains(lemma); }

    @Override public boolean sourceAfter(String word) { return cues.words("source-after").contains(word); }

    @Override public boolean dateBlock(String word) { return cues.words("date-block").contains(word); }

    @Override public boolean clauseBreak(String word) { return cues.words("clause").contains(word); }

    @Override public boolean relative(String word) { return cues.words("relative").contains(word); }

    @Override public boolean infinitiveOrGerund(Reading reading) { return hasPart(reading, "nonfinite"); }

    @Override public boolean firstPerson(String word) { return cues.words("first-person").contains(word); }

    @Override public boolean possessive(String word) { return cues.words("possessive").contains(word); }

    @Override public boolean thingPronoun(String word) { return cues.words("thing-pronoun").contains(word); }

    @Override public boolean personPronoun(String word) { return cues.words("person-pronoun").contains(word); }

    @Override public boolean head(String word) { return cues.words("head").contains(word); }

    @Override public boolean determiner(String word) { return cues.words("determiner").contains(word); }

    @Override public boolean listGlue(String word) { return cues.words("list-glue").contains(word); }

    @Override public boolean government(String word) { return cues.words("government").contains(word); }

    @Override public boolean auxiliary(String word) { return cues.words("auxiliary").contains(word); }

    @Override public boolean isVerb(Reading reading) { return startsWith(reading, "verb"); }

    @Override public boolean isNoun(Reading reading) { return startsWith(reading, "noun"); }

    @Override public boolean participle(Reading reading) { return startsWith(reading, "participle"); }

    @Override public boolean passiveTag(Reading reading) { return contains(reading, "passive"); }

    @Override public boolean futureTag(Reading reading) { return contains(reading, "future"); }

    @Override public boolean genitiveTag(Reading reading) { return contains(reading, "genitive"); }

    @Override public boolean dativeTag(Reading reading) { return contains(reading, "dative"); }

    private boolean startsWith(Reading reading, String key) {
        String prefix = cues.tag(key);
        return prefix != null && reading.tag().startsWith(prefix);
    }

    /** Whether the reading's tag has one of the space-separated substrings listed under {@code key}. */
    private boolean contains(Reading reading, String key) {
        String listed = cues.tag(key);
        if (listed == null) return false;
        for (String part : listed.split("\\s+")) if (reading.tag().contains(part)) return true;
        return false;
    }

    /** Whether one of the tag's ':'-separated parts is listed under {@code key} ("VB" is not "VBD"). */
    private boolean hasPart(Reading reading, String key) {
        String listed = cues.tag(key);
        if (listed == null) return false;
        Set<String> parts = Set.of(listed.split("\\s+"));
        for (String part : reading.tag().split(":")) if (parts.contains(part)) return true;
        return false;
    }

    private Set<String> prepositions(String section, EventType type) {
        Map<String, String> byType = cues.pairs().getOrDefault(section, Map.of());
        String listed = byType.getOrDefault(type.name(), byType.getOrDefault("*", "-"));
        if (listed.equals("-")) return Set.of();
        return Arrays.stream(listed.split("\\s+")).map(Words::normal).collect(Collectors.toUnmodifiableSet());
    }
}
