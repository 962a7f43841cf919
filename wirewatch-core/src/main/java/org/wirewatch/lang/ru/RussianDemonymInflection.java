package org.wirewatch.lang.ru;
import java.util.List;
import org.wirewatch.core.linguistics.morph.EndingsInflection;

/**
 * Russian adjective endings, all genders, numbers and cases, hard and soft:
 * "российск-" matches российский, российская, российские, российских, российскому, …
 */
final class RussianDemonymInflection extends EndingsInflection {
    RussianDemonymInflection() {
        super("ru", List.of(
                "ий", "ый", "ой", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем",
                "ая", "яя", "ую", "юю", "ей", "ою", "ею",
                "ое", "ее", "ие", "ые", "их", "ых", "ими", "ыми"));
    }
}
