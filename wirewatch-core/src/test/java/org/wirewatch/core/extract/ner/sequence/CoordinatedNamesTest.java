package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** Written sentences; the spans given are what a model that cuts names at the conjunction decodes. */
class CoordinatedNamesTest {
    private static final Morphologies MORPHOLOGIES = LanguagePacks.discover().morphologies();
    private final Tokenizer tokenizer = new Tokenizer();

    /** The text of the first span after the rule, for a span of the first {@code words} tokens from token {@code from}. */
    private String extended(String lang, String text, int from, int to) {
        List<Token> tokens = tokenizer.tokens(text);
        CoordinatedNames rule = new CoordinatedNames(Cues.of(lang), MORPHOLOGIES.forLanguage(lang).orElseThrow());
        TokenSpan s = rule.extend(tokens, List.of(new TokenSpan(from, to, EntityType.ORG))).get(0);
        return text.substring(tokens.get(s.from()).start(), tokens.get(s.to() - 1).end());
    }

    @Test
    void aBodysNameTakesInTheGenitiveItsConjunctionJoins() {
        assertEquals("Міністерство культури і туризму", extended("uk", "Міністерство культури і туризму оголосило конкурс", 0, 2));
        assertEquals("Інститут фізики , хімії та біології", extended("uk", "Інститут фізики , хімії та біології відкрив лабораторію", 0, 2),
                "a list closed by a conjunction");
        assertEquals("Комітет охорони природи та довкілля", extended("uk", "Комітет охорони природи та довкілля зібрався", 0, 2),
                "the chain's own word the model left out before the conjunction");
        assertEquals("Министерство науки и образования", extended("ru", "Министерство науки и образования объявило конкурс", 0, 2));
    }

    @Test
    void whatFollowsTheConjunctionAsAPhraseOfItsOwnStaysOut() {
        assertEquals("Служба безпеки", extended("uk", "Служба безпеки і прокуратура провели обшуки", 0, 2), "a nominative is a new subject");
        assertEquals("Міністерство оборони", extended("uk", "Міністерство оборони та інших відомств", 0, 2), "a pronoun opens its own phrase");
        assertEquals("Міністерство оборони", extended("uk", "Міністерство оборони та Генштаб", 0, 2), "a capitalised word is a name of its own");
        assertEquals("Міністерство оборони", extended("uk", "Міністерство оборони , фінансів", 0, 2), "a list no conjunction closes");
        assertEquals("Міністерство оборони України", extended("uk", "Міністерство оборони України і торгівлі", 0, 3),
                "a name that ends in a capitalised word");
    }

    @Test
    void aLanguageWhosePackListsNoConjunctionKeepsItsSpans() {
        assertEquals("Ministry of trade", extended("en", "Ministry of trade and industry said", 0, 3));
    }
}
