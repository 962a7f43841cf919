package org.wirewatch.core.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewatch.core.extract.tone.SpanSentiment;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.pipeline.Pipeline;

/**
 * A user's question "how does this article portray X?", for the API and the CLI alike: the spans
 * asked about (every occurrence of a phrase, or one span by its characters) and, for each, how
 * its sentence portrays it ({@link Pipeline#sentiment}). Stateless.
 */
public final class SpanQuestions {
    /** Longest phrase asked about; a question, not a document. */
    public static final int MAX_PHRASE = 200;
    /** Most occurrences answered for one phrase ("the" would otherwise answer thousands). */
    public static final int MAX_SPANS = 100;

    /**
     * How the article portrays one span: {@code sentiment} and {@code score} are null where the
     * article's language has no tone or the span is in none of its sentences.
     */
    public record Answer(int start, int end, String text, String sentiment, Double score) {}

    private SpanQuestions() {}

    /**
     * Every occurrence of {@code phrase} in {@code text}, ignoring case, that does not start or end
     * inside a word ("US" is not found in "USA"); at most {@link #MAX_SPANS}, as [start, end) pairs.
     */
    public static List<int[]> occurrences(String text, String phrase) {
        String p = phrase == null ? "" : phrase.strip();
        Check.isTrue(!p.isEmpty(), "the phrase to look for is empty");
        Check.isTrue(p.length() <= MAX_PHRASE, "the phrase is longer than %d characters", MAX_PHRASE);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + p.length() <= text.length() && out.size() < MAX_SPANS; i++) {
            if (text.regionMatches(true, i, p, 0, p.length()) && boundary(text, i - 1) && boundary(text, i + p.length())) {
                out.add(new int[] {i, i + p.length()});
            }
        }
        return out;
    }

    /** The span [start, end) of the text, checked: inside it and not empty. */
    public static int[] span(String text, int start, int end) {
        Check.isTrue(start >= 0 && end > start && end <= text.length(),
                "the span [%d, %d) is not a non-empty span of the article's %d characters", start, end, text.length());
        return new int[] {start, end};
    }

    /** How {@code article} (as analysed) portrays each of the spans. */
    public static List<Answer> ask(Pipeline pipeline, Article article, List<int[]> spans) {
        List<Answer> out = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            Optional<SpanSentiment> verdict = pipeline.sentiment(article, s[0], s[1]);
            String text = article.text().substring(s[0], s[1]);
            out.add(new Answer(s[0], s[1], text, verdict.map(SpanSentiment::label).orElse(null),
                    verdict.map(v -> Math.round(v.score() * 1000) / 1000.0).orElse(null)));
        }
        return out;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
