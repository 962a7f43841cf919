package org.wirewatch.core.quotes;

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
    @Override public List<List<String>> sourcePhrases() {
        List<List<String>> phrases = new ArrayList<>();
        for (QuoteCues c : all) phrases.addAll(c.sourcePhrases());
        return phrases;
    }
}
