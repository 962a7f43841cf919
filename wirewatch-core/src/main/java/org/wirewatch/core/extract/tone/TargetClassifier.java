package org.wirewatch.core.extract.tone;

import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;

/** Decides how a sentence portrays one mention in it. Implementations are immutable and thread-safe. */
interface TargetClassifier {

    /** The label and a signed score in [-1, 1] (negative to positive). */
    record Verdict(String label, double score) {
        public Verdict {
            Check.isTrue(Mention.Sentiments.isLabel(label), "not a sentiment label: %s", label);
        }
    }

    Verdict classify(Target target);
}
