package org.wirewatch.core.extract.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/**
 * Feature set 2 reads who does what to whom from the grammatical case: Russian word order is
 * free, so "прокурор обвинил министра" and "министра обвинил прокурор" put the blamed one on
 * either side of the verb, and only the case tells him from the one who blames. Sentences written
 * for this test.
 */
class TargetRolesTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final TextSplitter SPLITTER = new TextSplitter();
    private static final ToneAnalyzer TONE = new ToneAnalyzer(PACKS);

    /** Blamers in the nominative, the blamed in the accusative, in both orders. */
    private static List<SentimentTraining.Sentence> sentences() {
        String[] agents = {"прокурор", "журналист", "адвокат", "депутат"};
        String[] patients = {"министра", "губернатора", "директора", "генерала"};
        String[] verbs = {"обвинил", "раскритиковал", "осудил"};
        List<SentimentTraining.Sentence> out = new ArrayList<>();
        for (String a : agents) {
            for (String p : patients) {
                for (String v : verbs) {
                    out.add(sentence(cap(a) + " " + v + " " + p + ".", a, p));
                    out.add(sentence(cap(p) + " " + v + " " + a + ".", a, p));
                }
            }
        }
        return out;
    }

    private static SentimentTraining.Sentence sentence(String text, String agent, String patient) {
        int a = text.toLowerCase().indexOf(agent), p = text.toLowerCase().indexOf(patient);
        return new SentimentTraining.Sentence(text, List.of(
                new SentimentTraining.Span(a, a + agent.length(), Mention.Sentiments.NEUTRAL),
                new SentimentTraining.Span(p, p + patient.length(), Mention.Sentiments.NEGATIVE)));
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static byte[] train(SentimentTraining.Settings settings) throws IOException {
        SentimentModel model = new SentimentTraining("ru", PACKS, SPLITTER).train(sentences(), settings, new PrintWriter(new StringWriter()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return bytes.toByteArray();
    }

    private static String label(SentimentModel model, String text, String word) {
        int start = text.toLowerCase().indexOf(word);
        ToneLexicon lexicon = TONE.lexicon("ru").orElseThrow();
        List<Mention> names = List.of(new Mention(start, start + word.length(), word, "PER", null, null));
        SentenceHits hits = TONE.sentences(AnalysedText.of(text, "ru", SPLITTER), names).get(0);
        return model.classify(Target.of(text, hits, start, start + word.length(), lexicon)).label();
    }

    @Test
    void the_case_of_a_mention_says_whether_it_blames_or_is_blamed_whatever_the_word_order() throws IOException {
        byte[] bytes = train(new SentimentTraining.Settings(5, 3, 14, 0.5, 2, Double.NaN));
        assertArrayEquals(bytes, train(new SentimentTraining.Settings(5, 3, 14, 0.5, 2, Double.NaN)), "the same data give the same bytes");
        SentimentModel model = SentimentModel.read(new ByteArrayInputStream(bytes), "fixture");
        // words the model never saw as targets: only their case tells the roles apart
        assertEquals(Mention.Sentiments.NEGATIVE, label(model, "Следователь обвинил мэра.", "мэра"));
        assertEquals(Mention.Sentiments.NEUTRAL, label(model, "Следователь обвинил мэра.", "следователь"));
        assertEquals(Mention.Sentiments.NEGATIVE, label(model, "Мэра обвинил следователь.", "мэра"));
        assertEquals(Mention.Sentiments.NEUTRAL, label(model, "Мэра обвинил следователь.", "следователь"));
    }

    @Test
    void a_mention_takes_the_case_of_its_noun_from_the_dictionary() {
        String text = "Следователь обвинил мэра.";
        List<Mention> names = List.of();
        SentenceHits hits = TONE.sentences(AnalysedText.of(text, "ru", SPLITTER), names).get(0);
        ToneLexicon lexicon = TONE.lexicon("ru").orElseThrow();
        assertEquals(List.of("Nom"), TargetRoles.cases(Target.of(text, hits, 0, 11, lexicon)));
        List<String> blamed = TargetRoles.cases(Target.of(text, hits, 20, 24, lexicon));
        assertTrue(blamed.contains("V") && !blamed.contains("Nom"), blamed::toString);
    }

    @Test
    void a_large_neutral_offset_calls_every_target_neutral() throws IOException {
        SentimentModel model = SentimentModel.read(new ByteArrayInputStream(train(new SentimentTraining.Settings(5, 3, 14, 0.5, 2, 50))), "fixture");
        assertEquals(Mention.Sentiments.NEUTRAL, label(model, "Следователь обвинил мэра.", "мэра"));
    }
}
