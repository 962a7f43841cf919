package org.wirewatch.core.extract.amounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.lang.Vocabulary;
import org.wirewatch.core.linguistics.morph.Reading;

/** {@link AmountCues} read once from a language pack's {@code amounts.cues}. Immutable. */
final class FileAmountCues implements AmountCues {
    private final String language;
    private final AmountCueFile.Parsed cues;

    private final Vocabulary vocabulary;

    FileAmountCues(String language, PackFile file, Vocabulary vocabulary) {
        this.language = language;
        this.cues = AmountCueFile.load(file);
        this.vocabulary = vocabulary;
    }

    @Override public String language() { return language; }

    @Override public OptionalDouble numberWord(String word) { return lookup(cues.numbers(), word); }

    @Override public OptionalDouble multiplier(String word) { return lookup(cues.multipliers(), word); }

    @Override public OptionalDouble vagueUnit(String word) { return lookup(cues.vague(), word); }

    @Override public boolean negation(String word) { return cues.negation().contains(word); }

    @Override public boolean rangeWord(String word) { return cues.range().contains(word); }

    @Override public List<List<String>> approximators() { return cues.approximators(); }

    @Override public boolean conjunction(String word) { return cues.conjunctions().contains(word); }

    @Override public boolean functionWord(String word) { return cues.function().contains(word); }

    @Override public boolean percentWord(String word) { return cues.percent().contains(word); }

    @Override public boolean month(String word) { return vocabulary.month(word) != 0; }

    @Override public boolean ageWord(String word) { return cues.age().contains(word); }

    @Override public Optional<CountedNoun> object(String lemma) { return Optional.ofNullable(cues.objects().get(lemma)); }

    @Override public List<String> objectLemmas() { return cues.objectLemmas(); }

    @Override
    public Optional<String> countCategory(String word) {
        for (Map.Entry<String, WordSet> e : cues.counts().entrySet()) {
            if (e.getValue().contains(word)) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    @Override public boolean isNoun(Reading reading) { return reading.tag().startsWith(cues.nounTag()); }

    @Override public boolean isAdjective(Reading reading) { return reading.tag().startsWith(cues.adjectiveTag()); }

    private static OptionalDouble lookup(Map<String, Double> map, String word) {
        Double v = map.get(word);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
