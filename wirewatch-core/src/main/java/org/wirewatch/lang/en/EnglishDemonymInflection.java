package org.wirewatch.lang.en;
import java.util.List;
import org.wirewatch.core.linguistics.morph.EndingsInflection;

/** English: "Russian", "Russians", "Russian's", "Russians'" share the stem "russian". */
final class EnglishDemonymInflection extends EndingsInflection {
    EnglishDemonymInflection() {
        super("en", List.of("", "s", "'s", "s'"));
    }
}
