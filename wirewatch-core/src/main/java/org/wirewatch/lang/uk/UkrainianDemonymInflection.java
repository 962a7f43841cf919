package org.wirewatch.lang.uk;
import java.util.List;
import org.wirewatch.core.linguistics.morph.EndingsInflection;

/**
 * Ukrainian adjective endings, all genders, numbers and cases: "російськ-" matches російський,
 * російська, російське, російські, російських, російським, російською, …
 */
final class UkrainianDemonymInflection extends EndingsInflection {
    UkrainianDemonymInflection() {
        super("uk", List.of(
                "ий", "ого", "ому", "им", "ім", "ій",
                "а", "ої", "у", "ою",
                "е", "і", "их", "ими"));
    }
}
