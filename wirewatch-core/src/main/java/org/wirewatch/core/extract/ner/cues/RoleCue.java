package org.wirewatch.core.extract.ner.cues;

import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * A title or office found next to (or instead of) a name.
 *
 * @param role         the office, the same id in every language: "secretary_general" for
 *                     "Secretary-General", "генеральным секретарем" and "генеральний секретар"
 * @param span         the whole cue: "Belgorod Gov.", "генеральным секретарем НАТО",
 *                     "the White House … Coordinator for Strategic Communications" less the article
 * @param trigger      the words of the office itself inside the span: "Gov.", "генеральным секретарем"
 * @param affiliations the organisations, countries and places inside the span, each a run of
 *                     tokens: "Belgorod", "НАТО", "White House National Security Council", "US"
 * @param start        character offset of the span's start in the article
 * @param end          character offset of the span's end (exclusive)
 */
public record RoleCue(String role, TokenRange span, TokenRange trigger, List<TokenRange> affiliations, int start, int end) {

    public RoleCue {
        Check.notNullParam(role, "role");
        Check.notNullParam(span, "span");
        Check.notNullParam(trigger, "trigger");
        affiliations = List.copyOf(affiliations);
        Check.isTrue(span.start() <= trigger.start() && trigger.end() <= span.end(), "trigger %s outside span %s", trigger, span);
        Check.isTrue(start <= end, "role cue [%d,%d)", start, end);
    }
}
