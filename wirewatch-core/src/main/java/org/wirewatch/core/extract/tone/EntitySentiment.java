package org.wirewatch.core.extract.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        TargetClassifier classifier = classifier(text.language());
        ToneLexicon lexicon = lexicon(text);
        List<Mention> mentions = new ArrayList<>(article.entities().size());
        for (Mention m : article.entities()) {
            SentenceHits sentence = sentenceOf(sentences, m.start());
            if (sentence == null) {
                mentions.add(m);
                continue;
            }
            TargetClassifier.Verdict v = classifier.classify(Target.of(text.text(), sentence, m.start(), m.end(), lexicon));
            mentions.add(m.withSentiment(v.label(), round(v.score())));
        }
        return article.withTone(found, mentions);
    }

    /**
     * How the sentence holding [start, end) portrays that span, for any span a caller names (not
     * only recognised mentions): empty when the text's language has no tone lexicon or the span
     * starts outside every sentence.
     *
     * @param names the entity mentions of the text: their words are names, not sentiment
     */
    public Optional<SpanSentiment> span(AnalysedText text, List<Mention> names, int start, int end) {
        Check.isTrue(start >= 0 && end >= start && end <= text.text().length(), "span [%d, %d) outside the text of %d characters",
                start, end, text.text().length());
        List<SentenceHits> sentences = tone.sentences(text, names);
        SentenceHits sentence = sentences == null ? null : sentenceOf(sentences, start);
        if (sentence == null) return Optional.empty();
        TargetClassifier.Verdict v = classifier(text.language()).classify(Target.of(text.text(), sentence, start, end, lexicon(text)));
        return Optional.of(new SpanSentiment(start, end, v.label(), round(v.score())));
    }

    private TargetClassifier classifier(String lang) {
        return models.forLanguage(lang).<TargetClassifier>map(m -> m).orElse(TargetRules.INSTANCE);
    }

    private ToneLexicon lexicon(AnalysedText text) {
        return tone.lexicon(text.language()).orElseThrow();
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
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
