package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** Written sentences; the spans given are what a model that reads "B. V." as initials decodes. */
class LegalFormSuffixesTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private EntityType typeOf(String lang, String text, int from, int to) {
        List<Token> tokens = tokenizer.tokens(text);
        return new LegalFormSuffixes(Cues.of(lang)).retype(tokens, List.of(new TokenSpan(from, to, EntityType.PER))).get(0).type();
    }

    @Test
    void aNameEndingInALegalFormIsAnOrganisation() {
        // 0 Угоду 1 підписала 2 Zorya 3 Trading 4 B 5 . 6 V 7 .
        assertEquals(EntityType.ORG, typeOf("uk", "Угоду підписала Zorya Trading B. V.", 2, 8));
        assertEquals(EntityType.ORG, typeOf("uk", "Угоду підписала Zorya Trading SA", 2, 5));
        assertEquals(EntityType.ORG, typeOf("uk", "Угоду підписала Зоря Трейдінг С. А.", 2, 8));
        assertEquals(EntityType.ORG, typeOf("ru", "Сделку заключила Zorya Holding AG", 2, 5));
    }

    @Test
    void initialsThatSpellNoLegalFormLeaveAPerson() {
        // 0 Заяву 1 зробив 2 Іван 3 Б 4 . 5 В 6 .
        assertEquals(EntityType.PER, typeOf("uk", "Заяву зробив Іван Б. В.", 2, 7));
        assertEquals(EntityType.PER, typeOf("uk", "Заяву зробив Іван Петренко", 2, 4));
        // 0 Заяву 1 зробив 2 Петренко 3 С 4 . 5 А 6 .
        assertEquals(EntityType.PER, typeOf("uk", "Заяву зробив Петренко С. А.", 2, 7), "a surname with initials");
        assertEquals(EntityType.PER, typeOf("en", "Statement by Zorya Trading B. V.", 2, 8), "a pack that lists no legal forms");
    }
}
