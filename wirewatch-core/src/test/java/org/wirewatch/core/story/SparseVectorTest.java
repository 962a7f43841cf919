package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_LATER;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.article;

/** The probe tables clustering scores an article with must give the very same doubles as the plain vectors: stories must not move. */
class SparseVectorTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();

    @Test
    void probedDotIsTheSameDoubleAsTheMerge() {
        Random random = new Random(5);
        // "Aa" and "BB" share a hash code, as do their concatenations: collisions must neither match nor hide a term
        List<String> vocabulary = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "", "drone", "дрон"));
        for (int i = 0; i < 400; i++) vocabulary.add("w" + random.nextInt(100_000));
        for (int round = 0; round < 500; round++) {
            SparseVector a = randomVector(random, vocabulary), b = randomVector(random, vocabulary);
            assertEquals(Double.doubleToLongBits(a.dot(b)), Double.doubleToLongBits(a.probe().dot(b)), "round " + round);
            assertEquals(Double.doubleToLongBits(b.dot(a)), Double.doubleToLongBits(b.probe().dot(a)), "round " + round);
        }
    }

    @Test
    void emptyVectorsScoreZero() {
        SparseVector some = SparseVector.of(Map.of("flood", 1.0));
        assertEquals(0.0, SparseVector.EMPTY.probe().dot(some));
        assertEquals(0.0, some.probe().dot(SparseVector.EMPTY));
        assertEquals(1.0, some.probe().dot(some));
    }

    @Test
    void queryScoresEqualPlainScoresAcrossLanguages() {
        EvidenceReader reader = new EvidenceReader(PACKS);
        List<Article> articles = List.of(article("flood", "en", "2026-03-03T09:00", FLOOD), article("flood-ru", "ru", "2026-03-03T12:00", FLOOD_RU),
                article("flood-later", "en", "2026-03-04T09:00", FLOOD_LATER), article("election", "en", "2026-03-02T20:00", ELECTION));
        Rarity rarity = new Rarity();
        List<Evidence> evidence = articles.stream().map(reader::article).toList();
        evidence.forEach(rarity::add);
        Similarity similarity = new Similarity(reader.bridgedLanguages());
        List<Similarity.Weighted> weighted = evidence.stream().map(e -> similarity.weigh(e, rarity)).toList();
        for (Similarity.Weighted a : weighted) {
            Similarity.Query query = similarity.query(a);
            for (Similarity.Weighted b : weighted) {
                assertEquals(Double.doubleToLongBits(similarity.of(a, b)), Double.doubleToLongBits(similarity.of(query, b)),
                        a.evidence().unitId() + " ~ " + b.evidence().unitId());
            }
        }
    }

    private static SparseVector randomVector(Random random, List<String> vocabulary) {
        Map<String, Double> weights = new HashMap<>();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) weights.put(vocabulary.get(random.nextInt(vocabulary.size())), random.nextDouble() / 8);
        // distinct String objects for equal terms, as vectors read back from a snapshot have
        Map<String, Double> copies = new HashMap<>();
        weights.forEach((k, v) -> copies.put(random.nextBoolean() ? new String(k) : k, v));
        return SparseVector.of(copies);
    }
}
