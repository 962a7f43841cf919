package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/** The union of several languages' cues, for text whose language is unknown or mixed. */
record AnyQuoteCues(List<QuoteCues> all) implements QuoteCues {
    @Override public boolean isSpeechVerb(String w) { return all.stream().anyMatch(c -> c.isSpeechVerb(w)); }
    @Override public boolean isPronoun(String w) { return all.stream().anyMatch(c -> c.isPronoun(w)); }
    @Override public boolean isConnector(String w) { return all.stream().anyMatch(c -> c.isConnector(w)); }
    @Override public boolean isGap(String w) { return all.stream().anyMatch(c -> c.isGap(w)); }
    @Override public boolean isCoordinator(String w) { return all.stream().anyMatch(c -> c.isCoordinator(w)); }
    @Override public boolean isOffice(String w) { return all.stream().anyMatch(c -> c.isOffice(w)); }
    @Override public boolean isChannel(String w) { return all.stream().anyMatch(c -> c.isChannel(w)); }
    @Override public boolean isPossessive(String w) { return all.stream().anyMatch(c -> c.isPossessive(w)); }
    @Override public boolean isClauseOpener(String w) { return all.stream().anyMatch(c -> c.isClauseOpener(w)); }
    @Override public boolean isAdjunct(String w) { return all.stream().anyMatch(c -> c.isAdjunct(w)); }
    @Override public boolean isParticiple(String w) { return all.stream().anyMatch(c -> c.isParticiple(w)); }
    @Override public boolean isRelative(String w) { return all.stream().anyMatch(c -> c.isRelative(w)); }
    @Override public boolean isSpeakerNoun(String w) { return all.stream().anyMatch(c -> c.isSpeakerNoun(w)); }
    @Override public boolean isFinite(String w) { return all.stream().anyMatch(c -> c.isFinite(w)); }
    @Override public List<List<String>> recapPhrases() {
        List<List<String>> phrases = new ArrayList<>();
        for (QuoteCues c : all) phrases.addAll(c.recapPhrases());
        return phrases;
    }
    @Override public List<List<String>> sourcePhrases() {
        List<List<String>> phrases = new ArrayList<>();
        for (QuoteCues c : all) phrases.addAll(c.sourcePhrases());
        return phrases;
    }
}
