package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.WordTypeGuesser;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/** The recogniser with a sequence model (trained here on written sentences) deciding the names of one language. */
class ModelRecognizerTest {
    private static final KnowledgeBase KB = KnowledgeBases.builtIn();
    private static final LanguagePacks MORPHOLOGIES = LanguagePacks.discover();
    private static final SequenceModel MODEL = new NerTraining("en", null, null, new TextSplitter()).trainDocuments(WrittenFixture.documents(),
            new TrainingSettings(6, 3, 16, FeatureGroups.parse("line,history"), false, false), new PrintWriter(new StringWriter()));
    private static final TaggerSource ENGLISH_ONLY = lang -> "en".equals(lang) ? Optional.of(new SequenceTagger(MODEL, null, KB)) : Optional.empty();

    private final EntityRecognizer withModel = recognizer(ENGLISH_ONLY);
    private final EntityRecognizer rules = recognizer(TaggerSource.NONE);

    @Test
    void theModelReadsTheContextAndTheKnowledgeBaseStillLinks() {
        List<Mention> player = withModel.recognize("Jordan scored twice in the second half .", "en", null).mentions();
        List<Mention> country = withModel.recognize("There are daily flights to Jordan from the capital .", "en", null).mentions();
        assertEquals(1, player.size(), player.toString());
        assertEquals("PER", player.get(0).type(), player.toString());
        assertTrue(player.get(0).id().startsWith("per:"), "a person the base does not know: " + player);
        assertEquals(1, country.size(), country.toString());
        assertEquals("LOC", country.get(0).type(), country.toString());
        assertEquals("iso:JO", country.get(0).id(), "the country, linked by the knowledge base");
    }

    @Test
    void aLaterSurnameIsTheSamePerson() {
        List<Mention> found = withModel.recognize("Coach praised Amara Okafor after the match .\nOkafor scored twice in the second half .", "en", null)
                .mentions();
        assertEquals(List.of("Amara Okafor", "Okafor"), found.stream().map(Mention::text).toList());
        assertEquals(1, found.stream().map(Mention::id).distinct().count(), found.toString());
    }

    @Test
    void aLanguageWithoutAModelGetsExactlyTheRules() {
        String text = "Генеральный секретарь НАТО Марк Рютте встретился в Брюсселе с Энтони Блинкеном.";
        Entities a = withModel.recognize(text, "ru", "2024-11-13");
        Entities b = rules.recognize(text, "ru", "2024-11-13");
        assertEquals(b, a);
        assertFalse(a.mentions().isEmpty());
    }

    @Test
    void noModelsMeansTheRulesRecognizerOfBefore() {
        String text = "NATO Secretary General Mark Rutte met Antony Blinken in Brussels on Wednesday.";
        EntityRecognizer before = new EntityRecognizer(KB, MORPHOLOGIES, NameCuesRegistry.standard(), MORPHOLOGIES.nameKeys(), new TextSplitter(),
                WordTypeGuesser.bundled());
        assertEquals(before.recognize(text, "en", "2024-11-13"), recognizer(TaggerSource.NONE).recognize(text, "en", "2024-11-13"));
    }

    @Test
    void anotherLanguagesAliasDoesNotRetypeTheModelsName() {
        // In Russian "МКС" is the space station (a place); the knowledge base has it only as the
        // Ukrainian alias of the International Criminal Court (an organisation).
        List<GoldDocument> docs = new java.util.ArrayList<>();
        List<String> frames = List.of("Экипаж вернулся с %s на Землю .", "Космонавты работают на %s полгода .", "Грузовик пристыковался к %s утром .");
        for (int i = 0; i < 12; i++) {
            String text = frames.get(i % frames.size()).formatted(i % 2 == 0 ? "МКС" : "Мира");
            int at = text.indexOf(i % 2 == 0 ? "МКС" : "Мира");
            docs.add(new GoldDocument("st-" + i, "ru", text,
                    List.of(new GoldDocument.GoldSpan(at, at + (i % 2 == 0 ? 3 : 4), org.wirewatch.core.kb.EntityType.LOC))));
        }
        SequenceModel russian = new NerTraining("ru", null, null, new TextSplitter()).trainDocuments(docs,
                new TrainingSettings(6, 3, 16, FeatureGroups.parse("line"), false, false), new PrintWriter(new StringWriter()));
        TaggerSource russianOnly = lang -> "ru".equals(lang) ? Optional.of(new SequenceTagger(russian, null, KB)) : Optional.empty();
        List<Mention> found = recognizer(russianOnly).recognize("Экипаж вернулся с МКС на Землю .", "ru", null).mentions();
        assertEquals(1, found.size(), found.toString());
        assertEquals("LOC", found.get(0).type(), "the model's place stands: " + found);
        assertFalse("ww:icc".equals(found.get(0).id()), found.toString());
        List<Mention> court = recognizer(russianOnly).recognize("Екіпаж повернувся з МКС на Землю .", "uk", null).mentions();
        assertTrue(court.stream().anyMatch(m -> "ww:icc".equals(m.id()) && "ORG".equals(m.type())), "in Ukrainian the alias is the court: " + court);
    }

    private static EntityRecognizer recognizer(TaggerSource taggers) {
        return new EntityRecognizer(KB, MORPHOLOGIES, NameCuesRegistry.standard(), MORPHOLOGIES.nameKeys(), new TextSplitter(), WordTypeGuesser.bundled(),
                taggers);
    }
}
