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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;

/** Training on sentences written for these tests: learned words, a model that fits them, the same bytes twice. */
class SentimentTrainingTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final TextSplitter SPLITTER = new TextSplitter();

    private static List<SentimentTraining.Sentence> sentences() {
        List<SentimentTraining.Sentence> out = new ArrayList<>();
        String[] names = {"Alvarez", "Brennan", "Castillo", "Dmitrova", "Eriksen", "Fontaine"};
        for (String n : names) {
            out.add(sentence(n + " was applauded by the crowd in the square.", n, Mention.Sentiments.POSITIVE));
            out.add(sentence("Observers blasted " + n + " over the vote.", n, Mention.Sentiments.NEGATIVE));
            out.add(sentence(n + " arrived in the capital on Tuesday.", n, Mention.Sentiments.NEUTRAL));
        }
        return out;
    }

    private static SentimentTraining.Sentence sentence(String text, String name, String polarity) {
        int start = text.indexOf(name);
        return new SentimentTraining.Sentence(text, List.of(new SentimentTraining.Span(start, start + name.length(), polarity)));
    }

    private static byte[] train(SentimentTraining training) throws IOException {
        SentimentModel model = training.train(sentences(), new SentimentTraining.Settings(5, 3, 12, 0.5), new PrintWriter(new StringWriter()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return bytes.toByteArray();
    }

    @Test
    void learned_words_take_the_side_of_the_sentences_they_occur_in_and_leave_the_names_out() {
        SentimentTraining training = new SentimentTraining("en", PACKS, SPLITTER);
        Map<String, Float> words = training.learnWords(sentences(), 3, 1.0);
        assertTrue(words.get("crowd") > 0, words::toString);
        assertTrue(words.get("observer") < 0 || words.get("observers") != null && words.get("observers") < 0, words::toString);
        assertTrue(words.keySet().stream().noneMatch(w -> w.equals("alvarez") || w.equals("brennan")), words::toString);
    }

    @Test
    void the_model_fits_its_training_targets_and_the_same_data_give_the_same_bytes() throws IOException {
        byte[] first = train(new SentimentTraining("en", PACKS, SPLITTER));
        assertArrayEquals(first, train(new SentimentTraining("en", PACKS, SPLITTER)));
        SentimentModel model = SentimentModel.read(new ByteArrayInputStream(first), "fixture");
        ToneAnalyzer tone = new ToneAnalyzer(PACKS);
        ToneLexicon lexicon = tone.lexicon("en").orElseThrow();
        String text = "Observers blasted Alvarez over the vote.";
        List<Mention> names = List.of(new Mention(18, 25, "Alvarez", "PER", null, null));
        SentenceHits s = tone.sentences(AnalysedText.of(text, "en", SPLITTER), names).get(0);
        assertEquals(Mention.Sentiments.NEGATIVE, model.classify(Target.of(text, s, 18, 25, lexicon)).label());
    }
}
