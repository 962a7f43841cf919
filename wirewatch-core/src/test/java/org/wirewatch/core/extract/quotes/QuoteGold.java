package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.wirewatch.core.model.Quote;

/**
 * Quotes annotated in a seed article: each by the first words of the quoted (or reported) text,
 * the speaker's entity id (null where the text does not say who) and whether it is direct. The
 * annotation stores no more of the article than those first words.
 */
record QuoteGold(String prefix, String speaker, boolean direct, int skip) {
    static QuoteGold direct(String prefix, String speaker) {
        return new QuoteGold(prefix, speaker, true, 0);
    }

    static QuoteGold reported(String prefix, String speaker) {
        return new QuoteGold(prefix, speaker, false, 0);
    }

    /** The same words' second place after the previous gold quote (the first is a headline). */
    QuoteGold second() {
        return new QuoteGold(prefix, speaker, direct, skip + 1);
    }

    /** Correct, predicted and gold counts; {@code +} adds seeds together. */
    record Score(int correct, int predicted, int gold) {
        Score plus(Score o) {
            return new Score(correct + o.correct, predicted + o.predicted, gold + o.gold);
        }
        double precision() { return predicted == 0 ? 0 : (double) correct / predicted; }
        double recall() { return gold == 0 ? 0 : (double) correct / gold; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        String line(String name) {
            return String.format(Locale.ROOT, "quotes %s: %d correct of %d predicted, %d gold: P=%.3f R=%.3f F1=%.3f",
                    name, correct, predicted, gold, precision(), recall(), f1());
        }
    }

    /**
     * Scores predicted quotes against gold given in text order: a gold quote is found when a predicted span overlaps its first words
     * (each prediction counts for one gold quote, the one starting nearest), and correct when it also
     * has the gold speaker. Misses and wrong speakers are printed, so a change can be judged.
     */
    static Score score(String seed, String text, List<Quote> predicted, List<QuoteGold> gold) {
        List<Quote> left = new ArrayList<>(predicted);
        int correct = 0;
        int from = 0;
        for (QuoteGold g : gold) {
            int found = text.indexOf(g.prefix(), from);
            for (int k = 0; k < g.skip() && found >= 0; k++) found = text.indexOf(g.prefix(), found + 1);
            if (found < 0) throw new IllegalStateException(seed + ": gold prefix not in text after " + from + ": " + g.prefix());
            int at = found;
            from = at + 1;
            int end = at + g.prefix().length();
            Quote match = left.stream().filter(q -> q.start() < end && at < q.end())
                    .min((a, b) -> Integer.compare(Math.abs(a.start() - at), Math.abs(b.start() - at))).orElse(null);
            if (match == null) {
                System.out.printf(Locale.ROOT, "  %s \"%s…\" (%s, %s): missed%n", seed, g.prefix(), g.speaker(),
                        g.direct() ? "direct" : "reported");
                continue;
            }
            left.remove(match);
            String said = match.speaker() == null ? null : match.speaker().id();
            if (Objects.equals(said, g.speaker())) correct++;
            else System.out.printf(Locale.ROOT, "  %s \"%s…\": speaker %s, expected %s%n", seed, g.prefix(), said, g.speaker());
        }
        for (Quote q : left) System.out.printf(Locale.ROOT, "  %s extra: \"%s…\" (%s, %s)%n", seed,
                q.text().substring(0, Math.min(30, q.text().length())), q.speaker() == null ? null : q.speaker().id(), q.cue());
        return new Score(correct, predicted.size(), gold.size());
    }
}
