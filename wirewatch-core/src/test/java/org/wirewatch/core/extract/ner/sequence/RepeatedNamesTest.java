package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;

/** Written sentences; the spans given are what a model might decode in each. */
class RepeatedNamesTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<TokenSpan> repeatsIn(RepeatedNames names, String text, boolean... covered) {
        List<Token> tokens = tokenizer.tokens(text);
        boolean[] cover = new boolean[tokens.size()];
        for (int i = 0; i < covered.length; i++) cover[i] = covered[i];
        return names.repeats(tokens, cover);
    }

    @Test
    void aNameTheModelFoundOnceIsTheSameNameWhereItIsRepeated() {
        RepeatedNames names = new RepeatedNames();
        // 0 Акции 1 Zorvex 2 Holding 3 выросли
        names.remember(tokenizer.tokens("Акции Zorvex Holding выросли"), List.of(new TokenSpan(1, 3, EntityType.ORG)));
        // 0 В 1 Zorvex 2 Holding 3 это 4 отрицают
        assertEquals(List.of(new TokenSpan(1, 3, EntityType.ORG)), repeatsIn(names, "В Zorvex Holding это отрицают"));
        // earlier or later in the document alike: the pass runs once the document is read
        assertEquals(List.of(), repeatsIn(names, "В Zorvex Holding это отрицают", false, true), "a covered word is left as it is");
        assertEquals(List.of(), repeatsIn(names, "Zorvex сообщил о продаже"), "only the whole form");
    }

    @Test
    void aFormOfTwoTypesOrInLowerCaseOrInsideAHyphenatedWordIsLeftAlone() {
        RepeatedNames names = new RepeatedNames();
        names.remember(tokenizer.tokens("Сорокин приехал в Сорокин"),
                List.of(new TokenSpan(0, 1, EntityType.PER), new TokenSpan(3, 4, EntityType.LOC)));
        names.remember(tokenizer.tokens("сотрудники полиции и Злато"),
                List.of(new TokenSpan(1, 2, EntityType.ORG), new TokenSpan(3, 4, EntityType.ORG)));
        assertEquals(List.of(), repeatsIn(names, "Потом Сорокин уехал"), "tagged PER once and LOC once");
        assertEquals(List.of(), repeatsIn(names, "Вызвали полиции"), "a description in lower case");
        assertEquals(List.of(), repeatsIn(names, "Модель Злато-1103 вышла"), "part of a hyphenated word");
        // 0 Продукция 1 Злато 2 , 3 как 4 всегда
        assertEquals(List.of(new TokenSpan(1, 2, EntityType.ORG)), repeatsIn(names, "Продукция Злато, как всегда"));
    }
}
