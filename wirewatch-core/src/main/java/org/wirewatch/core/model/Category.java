package org.wirewatch.core.model;

import java.util.List;

/**
 * A news category the article belongs to (EMM's "alert as topic"): the category's id, the score
 * its definition gave the article (at least the definition's threshold), and the words, entity
 * mentions and events that earned it, as spans of the article's text.
 */
public record Category(String id, double score, List<Evidence> evidence) {
    public Category {
        Check.notNullParam(id, "id");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The characters of one piece of evidence (UTF-16 offsets into the text, end exclusive). */
    public record Evidence(int start, int end) {
        public Evidence {
            Check.isTrue(start >= 0 && end >= start, "bad category evidence span %s-%s", start, end);
        }
    }
}
