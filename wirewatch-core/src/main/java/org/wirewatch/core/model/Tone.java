package org.wirewatch.core.model;

import java.util.List;

/**
 * How an article reads, GDELT V1.5TONE style (per 100 words; see {@link ToneScore}): the scores of
 * the whole text, of each segment (live-blog post) and of each sentence, and the words and
 * phrases that carried the tone, so every figure points at its characters.
 */
public record Tone(double tone, double positive, double negative, double polarity, int words, List<ToneEvidence> evidence,
                   List<ToneScore> segments, List<ToneScore> sentences) {
    public Tone {
        Check.isTrue(positive >= 0 && negative >= 0 && words >= 0, "tone scores must not be negative: %s/%s/%s", positive, negative, words);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        segments = segments == null ? List.of() : List.copyOf(segments);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /** The whole text's scores with its parts. */
    public static Tone of(ToneScore whole, List<ToneEvidence> evidence, List<ToneScore> segments, List<ToneScore> sentences) {
        return new Tone(whole.tone(), whole.positive(), whole.negative(), whole.polarity(), whole.words(), evidence, segments, sentences);
    }
}
