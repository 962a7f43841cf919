package org.wirewatch.core.extract.tone;

import org.wirewatch.core.model.Mention;

/**
 * Target sentiment without a trained model: the sentence's sentiment words (after negation,
 * boosters and contrast), each weighing less the further it stands from the mention; words inside
 * the mention ("Liberation Army") are the name, not a judgement of it. The sum, squashed into
 * [-1, 1] as VADER squashes its compound score, is negative or positive past ±{@value #CUT}.
 */
final class TargetRules implements TargetClassifier {
    static final TargetRules INSTANCE = new TargetRules();
    static final double CUT = 0.3;
    /** Tokens at which a word weighs half. */
    private static final double HALF = 4.0;

    private TargetRules() {}

    @Override
    public Verdict classify(Target target) {
        double s = near(target);
        double score = s / Math.sqrt(s * s + 4);
        String label = score >= CUT ? Mention.Sentiments.POSITIVE : score <= -CUT ? Mention.Sentiments.NEGATIVE : Mention.Sentiments.NEUTRAL;
        return new Verdict(label, score);
    }

    /** The sentiment of the sentence's words, weighted by nearness to the mention. */
    static double near(Target target) {
        double s = 0;
        for (ToneHit h : target.sentence().hits()) {
            if (target.inside(h)) continue;
            s += h.valence() / (1 + target.distance(h.word()) / HALF);
        }
        return s;
    }
}
