package org.wirewatch.core.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.UposTags;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.morph.Upos;

/**
 * {@link EventCues} read once from a language pack's {@code events.cues}; the pronouns and the
 * speech verbs ("reporting") are the language's {@link Vocabulary}. Immutable.
 */
final class FileEventCues implements EventCues {
    private final String language;
    private final EventCueFile.Parsed cues;
    // each word list held directly: these are asked for every word of every sentence
    private final Set<String> agentWords;
    private final Set<String> aidWordsWords;
    private final Set<String> auxiliaryWords;
    private final Set<String> clauseWords;
    private final Set<String> dateBlockWords;
    private final Set<String> determinerWords;
    private final Set<String> directObjectWords;
    private final Set<String> firstPersonWords;
    private final Set<String> governmentWords;
    private final Set<String> headWords;
    private final Set<String> listGlueWords;
    private final Set<String> modalWords;
    private final Set<String> negationWords;
    private final Set<String> personPronounWords;
    private final Set<String> possessiveWords;
    private final Set<String> relativeWords;
    private final Set<String> reportingWords;
    private final Set<String> sourceAfterWords;
    private final Set<String> supportWords;
    private final Set<String> thingPronounWords;
    /** The pack's universal parts of speech; null where it maps none (then the file's verb/noun tags). */
    private final UposTags upos;

    FileEventCues(String language, PackFile file, Vocabulary vocabulary, Optional<UposTags> upos) {
        this.language = language;
        this.upos = upos.orElse(null);
        this.cues = EventCueFile.load(file);
        this.agentWords = cues.words("agent");
        this.aidWordsWords = cues.words("aid-words");
        this.auxiliaryWords = cues.words("auxiliary");
        this.clauseWords = cues.words("clause");
        this.dateBlockWords = cues.words("date-block");
        this.determinerWords = cues.words("determiner");
        this.directObjectWords = cues.words("direct-object");
        this.firstPersonWords = EventCueFile.normal(vocabulary.words(Vocabulary.FIRST_PERSON_PRONOUN));
        this.governmentWords = cues.words("government");
        this.headWords = cues.words("head");
        this.listGlueWords = cues.words("list-glue");
        this.modalWords = cues.words("modal");
        this.negationWords = cues.words("negation");
        this.personPronounWords = EventCueFile.normal(vocabulary.words(Vocabulary.PERSON_PRONOUN));
        this.possessiveWords = cues.words("possessive");
        this.relativeWords = cues.words("relative");
        this.reportingWords = EventCueFile.normal(vocabulary.words(Vocabulary.SPEECH_LEMMA));
        this.sourceAfterWords = cues.words("source-after");
        this.supportWords = cues.words("support");
        this.thingPronounWords = EventCueFile.normal(vocabulary.words(Vocabulary.THING_PRONOUN));
    }

    @Override public String language() { return language; }

    @Override public List<Trigger> triggers(String lemma) { return cues.triggers().getOrDefault(lemma, List.of()); }

    @Override public boolean support(String lemma) { return supportWords.contains(lemma); }

    @Override public boolean aidWord(String lemma) { return aidWordsWords.contains(lemma); }

    @Override public boolean negation(String word) { return negationWords.contains(word); }

    @Override public boolean modal(String word) { return modalWords.contains(word); }

    @Override public boolean agent(String word) { return agentWords.contains(word); }

    @Override public boolean ofAgent(EventType type, String word) { return prepositions("of-agent", type).contains(word); }

    @Override public Set<String> targetPrepositions(EventType type) { return prepositions("target", type); }

    @Override public Set<String> locationPrepositions(EventType type) { return prepositions("location", type); }

    @Override public boolean directObject(EventType type) { return directObjectWords.contains(type.name().toLowerCase(java.util.Locale.ROOT)); }

    @Override public boolean reporting(String lemma) { return reportingWords.contains(lemma); }

    @Override public boolean sourceAfter(String word) { return sourceAfterWords.contains(word); }

    @Override public boolean dateBlock(String word) { return dateBlockWords.contains(word); }

    @Override public boolean clauseBreak(String word) { return clauseWords.contains(word); }

    @Override public boolean relative(String word) { return relativeWords.contains(word); }

    @Override public boolean infinitiveOrGerund(Reading reading) { return hasPart(reading, "nonfinite"); }

    @Override public boolean firstPerson(String word) { return firstPersonWords.contains(word); }

    @Override public boolean possessive(String word) { return possessiveWords.contains(word); }

    @Override public boolean thingPronoun(String word) { return thingPronounWords.contains(word); }

    @Override public boolean personPronoun(String word) { return personPronounWords.contains(word); }

    @Override public boolean head(String word) { return headWords.contains(word); }

    @Override public boolean determiner(String word) { return determinerWords.contains(word); }

    @Override public boolean listGlue(String word) { return listGlueWords.contains(word); }

    @Override public boolean government(String word) { return governmentWords.contains(word); }

    @Override public boolean auxiliary(String word) { return auxiliaryWords.contains(word); }

    @Override public boolean isVerb(Reading reading) {
        return upos != null ? upos.of(reading) == Upos.VERB : startsWith(reading, "verb");
    }

    @Override public boolean isNoun(Reading reading) {
        if (upos == null) return startsWith(reading, "noun");
        Upos u = upos.of(reading);
        return u == Upos.NOUN || u == Upos.PROPN;
    }

    @Override public boolean participle(Reading reading) { return startsWith(reading, "participle"); }

    @Override public boolean passiveTag(Reading reading) { return contains(reading, "passive"); }

    @Override public boolean futureTag(Reading reading) { return contains(reading, "future"); }

    @Override public boolean genitiveTag(Reading reading) { return contains(reading, "genitive"); }

    @Override public boolean dativeTag(Reading reading) { return contains(reading, "dative"); }

    private boolean startsWith(Reading reading, String key) {
        for (String prefix : cues.tag(key)) if (reading.tag().startsWith(prefix)) return true;
        return false;
    }

    /** Whether the reading's tag has one of the substrings listed under {@code key}. */
    private boolean contains(Reading reading, String key) {
        for (String part : cues.tag(key)) if (reading.tag().contains(part)) return true;
        return false;
    }

    /** Whether one of the tag's ':'-separated parts is listed under {@code key} ("VB" is not "VBD"). */
    private boolean hasPart(Reading reading, String key) {
        List<String> listed = cues.tag(key);
        if (listed.isEmpty()) return false;
        for (String part : reading.tag().split(":")) if (listed.contains(part)) return true;
        return false;
    }

    private Set<String> prepositions(String section, EventType type) {
        return cues.prepositions(section, type);
    }
}
