package org.wirewatch.core.extract.events;

import java.util.List;
import java.util.Set;
import org.wirewatch.core.linguistics.morph.Reading;

/**
 * The words one language uses around events: trigger lemmas and the cues that find their
 * arguments, read from a language pack's {@code events.cues} ({@link FileEventCues}). Word
 * arguments are folded by {@link Words#normal}. Immutable and thread-safe.
 */
interface EventCues {

    /** ISO 639-1 code. */
    String language();

    /** The triggers whose lemma this is ("strike" gives the noun and the verb reading). */
    List<Trigger> triggers(String lemma);

    /** Light verbs whose subject is the actor of the noun after them: "launched a strike", "нанесла удар". */
    boolean support(String lemma);

    /** Nouns that make a giving verb about aid ("weapons", "помощь"). */
    boolean aidWord(String lemma);

    boolean negation(String word);

    /** Words that make an event planned, possible or wished rather than told as fact ("will", "может"). */
    boolean modal(String word);

    /** "by": the actor of a passive or of a noun follows. */
    boolean agent(String word);

    /** "of" where the actor of a noun of this type follows ("the deployment of North Korean troops"). */
    boolean ofAgent(EventType type, String word);

    /** The prepositions before the target of an event of this type ("on", "по"); empty when it takes none. */
    Set<String> targetPrepositions(EventType type);

    /** The prepositions before the place of an event of this type ("in", "над", "from" for evacuations). */
    Set<String> locationPrepositions(EventType type);

    /** Types whose active verb takes its target as direct object ("condemned Russia"). */
    boolean directObject(EventType type);

    /** Verbs of saying: their subject is the source of what the sentence reports. */
    boolean reporting(String lemma);

    /** "according" (to), "по словам": the source follows. */
    boolean sourceAfter(String word);

    /** Prepositions that make a date a bound rather than the day of the event ("since August"). */
    boolean dateBlock(String word);

    /** Words and marks that begin another clause, beyond which arguments are not sought. */
    boolean clauseBreak(String word);

    /** Relative words ("which", "якої"): the clause they begin has its own subject. */
    boolean relative(String word);

    /** Whether this verb reading is an infinitive or gerund, which has no subject of its own. */
    boolean infinitiveOrGerund(Reading reading);

    boolean firstPerson(String word);

    /** "its", "their", "своих": the subject owns the noun after it. */
    boolean possessive(String word);

    /** "it", "they", "она": a country or body named before in the sentence. */
    boolean thingPronoun(String word);

    /** "he", "his": a person named before. */
    boolean personPronoun(String word);

    /** "chief", "head", "глава": with an organisation's name, its head. */
    boolean head(String word);

    /** "the", "of": words that may stand between a head word and the name ("the head of the Alliance"). */
    boolean determiner(String word);

    /** Words that join the items of a list ("and", "as well as", "та"). */
    boolean listGlue(String word);

    /** "administration", "уряд": a leader's name before it stands for the country. */
    boolean government(String word);

    boolean isVerb(Reading reading);

    boolean isNoun(Reading reading);

    /** Whether this reading alone marks a passive ("сбиты", "збито"). */
    boolean passiveTag(Reading reading);

    /** Whether this reading is a participle that is passive after an auxiliary ("were intercepted"). */
    boolean participle(Reading reading);

    boolean auxiliary(String word);

    boolean futureTag(Reading reading);

    boolean genitiveTag(Reading reading);

    boolean dativeTag(Reading reading);
}
