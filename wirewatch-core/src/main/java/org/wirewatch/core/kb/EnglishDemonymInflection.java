package org.wirewatch.core.kb;

import java.util.List;

/** English: "Russian", "Russians", "Russian's", "Russians'" share the stem "russian". */
final class EnglishDemonymInflection extends EndingsInflection {
    EnglishDemonymInflection() {
        super("en", List.of("", "s", "'s", "s'"));
    }
}
