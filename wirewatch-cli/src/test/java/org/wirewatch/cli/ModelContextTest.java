package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/**
 * The shipped sequence models (wirewatch-models, on this module's class path) let the context
 * decide what a name is, where the rules read the word alone. Sentences written for this test.
 * Under {@code --ner rules} the person readings below fail: the rules make every "Jordan" the
 * country and every "Washington" the city.
 */
class ModelContextTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final EntityRecognizer MODEL = new EntityRecognizer(KnowledgeBases.builtIn(), PACKS, NameCuesRegistry.standard(),
            PACKS.nameKeys(), new TextSplitter());

    private static List<Mention> mentions(String text, String lang) {
        return MODEL.recognize(text, lang, null).mentions();
    }

    private static String typesOf(String word, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.text().endsWith(word)).map(m -> m.text() + "=" + m.type())
                .collect(Collectors.joining(", "));
    }

    /** CoNLL-2003, the English model's training data, tags a capital standing for its government as a place (LOC), not an organisation. */
    @Test
    void washingtonSpeakingForItsGovernmentIsAPlaceAsTheTrainingDataTagsIt() {
        List<Mention> m = mentions("Washington said on Tuesday it would send more aid to the region.\n"
                + "The State Department gave no figures.", "en");
        assertEquals("Washington=LOC", typesOf("Washington", m));
    }

    @Test
    void washingtonAsAnActorIsAPersonInEveryMention() {
        List<Mention> m = mentions("Denzel Washington said on Tuesday he would direct a new film.\n"
                + "Washington has starred in more than forty films.", "en");
        assertEquals("Denzel Washington=PER, Washington=PER", typesOf("Washington", m));
        assertEquals(1, m.stream().filter(x -> x.text().endsWith("Washington")).map(Mention::id).distinct().count(), m.toString());
    }

    @Test
    void jordanThePlayerIsAPersonAndJordanTheKingdomIsAPlace() {
        List<Mention> player = mentions("Michael Jordan scored 40 points as the Bulls beat the Magic on Sunday.\n"
                + "Jordan said after the game that his knee was fine.", "en");
        List<Mention> kingdom = mentions("Jordan said on Monday it would close its border with Syria.\n"
                + "The government in Amman gave no reason.", "en");

        assertEquals("Michael Jordan=PER, Jordan=PER", typesOf("Jordan", player));
        assertEquals("Jordan=LOC", typesOf("Jordan", kingdom));
        assertTrue(kingdom.stream().anyMatch(x -> x.text().equals("Jordan") && x.id().equals("iso:JO")), kingdom.toString());
    }

    /** An editor's bracket inside a quote splits the name; both parts are still the one person the knowledge base knows. */
    @Test
    void aNameSplitByAnEditorsBracketIsOnePerson() {
        List<Mention> m = mentions("\u201cTalks with (President Emmanuel) Macron will go on next week,\u201d the minister said.", "en");
        List<String> people = m.stream().filter(x -> x.type().equals("PER")).map(x -> x.text() + "=" + x.id()).toList();
        assertEquals(List.of("Emmanuel=ww:macron", "Macron=ww:macron"), people);
    }

    /** The title belongs to the person right after it, not to a later name beyond that person (our sentence, like seed 004's). */
    @Test
    void aRussianTitleIsNotPassedOnPastThePersonItBelongsTo() {
        List<RoleMention> roles = MODEL.recognize("На встрече с генеральным секретарем ООН Антониу Гутерришем в Женеве Макрон заявил, "
                + "что Франция поддержит новую миссию.", "ru", null).roles();
        assertEquals(List.of("António Guterres=secretary_general"),
                roles.stream().map(r -> r.person() + "=" + r.role()).toList());
    }
}
