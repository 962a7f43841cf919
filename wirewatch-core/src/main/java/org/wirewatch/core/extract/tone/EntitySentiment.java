package org.wirewatch.core.extract.tone;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Tone;

/**
 * Adds tone to an article and, to each entity mention, how its sentence portrays it: by the
 * trained target-sentiment model of the language where one is installed ({@link SentimentModels}),
 * else by {@link TargetRules} (the sentiment words near the mention, after negation and contrast).
 * Thread-safe: keeps no state between calls.
 */
public final class EntitySentiment {
    private final ToneAnalyzer tone;
    private final SentimentModels models;

    public EntitySentiment(ToneAnalyzer tone, SentimentModels models) {
        this.tone = Check.notNullParam(tone, "tone");
        this.models = Check.notNullParam(models, "models");
    }

    /** Whether articles in this language get a tone (their pack has a tone lexicon). */
    public boolean supports(String lang) {
        return tone.supports(lang);
    }

    /** The article with its tone and its mentions' sentiment; unchanged when its language has no tone lexicon. */
    public Article apply(Article article, AnalysedText text) {
        List<SentenceHits> sentences = tone.sentences(text, article.entities());
        if (sentences == null) return article;
        Tone found = ToneAnalyzer.summary(text.text(), sentences, article.segments());
        TargetClassifier classifier = models.forLanguage(text.language()).<TargetClassifier>map(m -> m).orElse(TargetRules.INSTANCE);
        ToneLexicon lexicon = tone.lexicon(text.language()).orElseThrow();
        List<Mention> mentions = new ArrayList<>(article.entities().size());
        for (Mention m : article.entities()) {
            SentenceHits sentence = sentenceOf(sentences, m.start());
            if (sentence == null) {
                mentions.add(m);
                continue;
            }
            TargetClassifier.Verdict v = classifier.classify(Target.of(text.text(), sentence, m.start(), m.end(), lexicon));
            mentions.add(m.withSentiment(v.label(), Math.round(v.score() * 1000) / 1000.0));
        }
        return article.withTone(found, mentions);
    }

    /** The sentence holding this offset; null when none does (a mention in the spaces between sentences). */
    static SentenceHits sentenceOf(List<SentenceHits> sentences, int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SentenceHits s = sentences.get(mid);
            if (offset < s.sentence().start()) hi = mid - 1;
            else if (offset >= s.sentence().end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
