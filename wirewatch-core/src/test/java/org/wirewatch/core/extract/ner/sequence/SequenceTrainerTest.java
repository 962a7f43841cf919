package org.wirewatch.core.extract.ner.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.text.TextSplitter;

class SequenceTrainerTest {
    private static final TrainingSettings SETTINGS = new TrainingSettings(6, 7, 16, FeatureGroups.parse("line,history,quotes"), false, false);
    private final NerTraining training = new NerTraining("en", null, null, new TextSplitter());

    @Test
    void theSameDataAndSeedGiveTheSameBytes() throws IOException {
        byte[] first = bytes(train());
        byte[] second = bytes(train());
        assertArrayEquals(first, second);
    }

    @Test
    void aModelReadBackTagsAsItWasWritten() throws IOException {
        SequenceModel model = train();
        SequenceModel read = SequenceModel.read(new ByteArrayInputStream(bytes(model)), "test");
        assertEquals("en", read.lang());
        assertEquals(model.groups(), read.groups());
        assertEquals(types(model, "Coach praised Dubois after the match ."), types(read, "Coach praised Dubois after the match ."));
    }

    /** A model read from a file lays its weights out for look-up, not as the file does: writing it again must not show. */
    @Test
    void aModelReadBackWritesTheSameBytesAndScoresAlike() throws IOException {
        SequenceModel model = train();
        SequenceModel read = SequenceModel.read(new ByteArrayInputStream(bytes(model)), "test");
        assertArrayEquals(bytes(model), bytes(read));
        int[][] features = {{1, 2, 3, -7}, {FeatureHash.of(2, "Dubois"), 5}};
        assertArrayEquals(model.emission(features)[0], read.emission(features)[0]);
        assertArrayEquals(model.emission(features)[1], read.emission(features)[1]);
    }

    @Test
    void learnsTheWrittenFixture() {
        SpanScores scores = training.evaluateDocuments(train(), WrittenFixture.documents());
        assertTrue(scores.f1() > 0.95, scores.report(5));
    }

    /** Neither sentence's name is in the fixture: only the words around it tell a scorer from a destination. */
    @Test
    void contextDecidesTheType() {
        SequenceModel model = train();
        assertEquals(List.of(EntityType.PER), types(model, "Jordan scored twice in the second half ."));
        assertEquals(List.of(EntityType.LOC), types(model, "There are daily flights to Jordan from the capital ."));
    }

    @Test
    void progressIsReportedForEveryEpoch() {
        StringWriter log = new StringWriter();
        training.trainDocuments(WrittenFixture.documents(), SETTINGS, new PrintWriter(log, true));
        assertTrue(log.toString().contains("epoch 6/6"), log.toString());
        assertTrue(log.toString().contains("0 not on token edges"), log.toString());
    }

    private SequenceModel train() {
        return training.trainDocuments(WrittenFixture.documents(), SETTINGS, new PrintWriter(new StringWriter()));
    }

    private List<EntityType> types(SequenceModel model, String text) {
        SequenceTagger tagger = new SequenceTagger(model, null, null);
        return training.predict(tagger, text).stream().map(GoldDocument.GoldSpan::type).toList();
    }

    private static byte[] bytes(SequenceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
