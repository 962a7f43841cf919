package org.wirewatch.spark;

import java.io.Serializable;
import org.wirewatch.core.model.Check;

/**
 * What the read stage hands to analysis: one raw article (as JSON, see {@link RawArticleCodec}) or
 * one input problem. Problems travel with the articles, so the job reads its input exactly once.
 *
 * @param file     the input path
 * @param record   the position inside the file ("line 12", "record 3") or null for a whole file
 * @param rawJson  the raw article, or null for a problem
 * @param problem  why nothing could be read here, or null for an article
 */
record ReadItem(String file, String record, String rawJson, String problem) implements Serializable {
    ReadItem {
        Check.notNullParam(file, "file");
        Check.isTrue((rawJson == null) != (problem == null), "exactly one of article and problem");
    }

    static ReadItem article(String file, String record, String rawJson) {
        return new ReadItem(file, record, rawJson, null);
    }

    static ReadItem problem(String file, String record, String problem) {
        return new ReadItem(file, record, null, problem);
    }

    boolean isProblem() {
        return problem != null;
    }
}
