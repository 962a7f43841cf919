package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.eval.Fixtures.article;
import static org.wirewatch.core.eval.Fixtures.date;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.RawArticle;

class DateEvaluationTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Talks began on 8 July 2024 and resumed on Wednesday morning; "
            + "they lasted three days. Officials meet every week. Next round: 2025.";

    @TempDir
    Path dir;

    private static String timex(String surface, String type, String value) {
        int start = TEXT.indexOf(surface);
        return "{\"start\":" + start + ",\"end\":" + (start + surface.length()) + ",\"type\":\"" + type + "\",\"value\":\"" + value + "\"}";
    }

    private Path gold() throws Exception {
        return Fixtures.write(dir, "dates.jsonl",
                "{\"id\":\"d1\",\"lang\":\"en\",\"dct\":\"2024-07-10\",\"text\":\"" + TEXT + "\",\"timex\":["
                        + timex("8 July 2024", "DATE", "2024-07-08") + ","
                        + timex("Wednesday morning", "TIME", "2024-07-10TMO") + ","
                        + timex("three days", "DURATION", "P3D") + ","
                        + timex("every week", "SET", "P1W") + ","
                        + timex("2025", "DATE", "2025") + "]}",
                "{\"id\":\"d2\",\"text\":\"no list here\"}");
    }

    @Test
    void strict_relaxed_and_value_scores() throws Exception {
        List<DateMention> predicted = List.of(
                date(TEXT, "on 8 July 2024", "2024-07-08"),   // relaxed only (span starts early); value right
                date(TEXT, "Wednesday", "2024-07-10"),        // relaxed only; value lacks the time of day
                date(TEXT, "three days", "P3D"),              // a duration: not scored
                date(TEXT, "every week", "XXXX-WXX"),         // touches only a gold SET: not scored
                date(TEXT, "2025", "2025"),                   // exact span, right value
                date(TEXT, "Officials", "2024"));             // spurious
        DateReport r = DateEvaluation.run(gold(), raw -> article(raw, List.of(), predicted, null));

        // gold DATE/TIME: 3; predicted after dropping 2: 4
        assertEquals(new Scores(3, 4, 1), r.strict());         // P 1/4, R 1/3
        assertEquals(new Scores(3, 4, 3), r.relaxed());        // P 3/4, R 1, F1 6/7
        assertEquals(6.0 / 7, r.relaxed().f1(), EPS);
        assertEquals(new Scores(3, 4, 2), r.value());          // P 1/2, R 2/3, F1 4/7
        assertEquals(4.0 / 7, r.value().f1(), EPS);
        assertEquals(2.0 / 3, r.valueAccuracy().getAsDouble(), EPS);
        assertEquals(2, r.ignoredPredicted());
        assertEquals(1, r.skippedLines());
        assertTrue(r.errors().get(0).contains("line 2: missing \"timex\""), r.errors().get(0));
    }

    @Test
    void one_long_prediction_is_credited_once() throws Exception {
        List<DateMention> predicted = List.of(date(TEXT, "8 July 2024 and resumed on Wednesday", "2024-07-08"));
        DateReport r = DateEvaluation.run(gold(), raw -> article(raw, List.of(), predicted, null));
        assertEquals(new Scores(3, 1, 1), r.relaxed());        // overlaps two gold expressions, matches one
        assertEquals(new Scores(3, 1, 0), r.strict());
        assertEquals(new Scores(3, 1, 1), r.value());          // its value fits the first of them
    }

    @Test
    void document_creation_time_reaches_the_analyser() throws Exception {
        List<RawArticle> seen = new ArrayList<>();
        DateEvaluation.run(gold(), raw -> {
            seen.add(raw);
            return article(raw, List.of(), List.of(), null);
        });
        assertEquals("2024-07-10", seen.get(0).published());
    }

    @Test
    void values_compare_case_insensitively_and_the_dates_key_is_accepted() throws Exception {
        Path gold = Fixtures.write(dir, "alias.jsonl",
                "{\"id\":\"a\",\"published\":\"2024-07-10\",\"text\":\"" + TEXT + "\",\"dates\":["
                        + timex("Wednesday morning", "TIME", "2024-07-10TMO") + "]}");
        DateReport r = DateEvaluation.run(gold,
                raw -> article(raw, List.of(), List.of(date(TEXT, "Wednesday morning", "2024-07-10tmo ")), null));
        assertEquals(new Scores(1, 1, 1), r.value());
        assertEquals(1.0, r.valueAccuracy().getAsDouble(), EPS);
    }

    @Test
    void no_extractor_is_reported_in_words() throws Exception {
        DateReport r = DateEvaluation.run(gold(), raw -> article(raw, List.of(), List.of(), null));
        assertEquals(new Scores(3, 0, 0), r.relaxed());
        assertTrue(r.valueAccuracy().isEmpty());
        String text = r.toText();
        assertTrue(text.contains("predicted 0 date expressions (no extractor produced dates)"), text);
        assertTrue(text.contains("value accuracy (of relaxed matches): undefined"), text);
    }
}
