package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.model.DateMention;

/**
 * TempEval-3-style value F1 on the date expressions of all five seeds, read in place and cleaned as
 * the pipeline does. Each gold expression is stored as the few words that hold it (found in text order)
 * and its ISO value; the anchor is each article's date: published (002, 004 by their datelines) or
 * inferred (000), and for 001 and 003, which write none, the day their events give (the G7 call of
 * Tuesday 11 October 2022; NATO's Oslo meeting on Thursday 1 June 2023). Annotated: dates and times of
 * day (DATE/TIME), at day precision for a part of a day ("Thursday morning" is the day, as the issue's
 * "morning of July 8" is); not durations ("for months") nor vague references ("now", "soon", "recently").
 * A relative date inside a quote counts from the day the text says it was spoken ("said on Wednesday:
 * “Today I…”").
 */
class SeedDateValuesTest {
    private static final TextCleaner CLEANER = new TextCleaner();
    private final DateExtractor extractor = new DateExtractor();

    private record Gold(String words, String value) {}

    private static Gold g(String words, String value) {
        return new Gold(words, value);
    }

    static final List<Gold> GOLD_000 = List.of(
            g("July 8, according", "2024-07-08"), g("Only today", "2024-07-08"), g("tomorrow", "2024-07-09"),
            g("2024", "2024"), g("July 9", "2024-07-09"), g("to 11", "2024-07-11"), g("July 8", "2024-07-08"),
            g("July 8", "2024-07-08"));   // the closing "read more" line, with a fourth, is cleaned away
    static final List<Gold> GOLD_001 = List.of(
            g("Tuesday morning", "2022-10-11"), g("February 24th", "2022-02-24"), g("February 24th", "2022-02-24"));
    static final List<Gold> GOLD_002 = List.of(
            g("since August", "2024-08"), g("January 20", "2025-01-20"), g("on Wednesday", "2024-11-13"),
            g("in 2024", "2024"), g("After Wednesday", "2024-11-13"), g("August 26", "2024-08-26"),
            g("February 2022", "2022-02"));
    static final List<Gold> GOLD_003 = List.of(
            g("on Thursday", "2023-06-01"), g("Thursday that", "2023-06-01"), g("Last month", "2023-05"),
            g("on Thursday", "2023-06-01"), g("said Thursday", "2023-06-01"), g("said Thursday", "2023-06-01"),
            g("for July", "2023-07"), g("this week", "2023-W22"), g("earlier Thursday", "2023-06-01"),
            g("this week", "2023-W22"), g("on Thursday", "2023-06-01"), g("on Thursday", "2023-06-01"),
            g("on Thursday", "2023-06-01"), g("On Thursday", "2023-06-01"), g("earlier this month", "2023-06"),
            g("said Thursday", "2023-06-01"), g("on Thursday", "2023-06-01"), g("October 2022", "2022-10"),
            g("on Wednesday", "2023-05-31"), g("On Tuesday", "2023-05-30"), g("in May", "2023-05"),
            g("on Thursday", "2023-06-01"), g("Earlier Thursday", "2023-06-01"), g("early Thursday morning", "2023-06-01"),
            g("early Thursday", "2023-06-01"), g("On Wednesday", "2023-05-31"), g("on Wednesday", "2023-05-31"),
            g("Today I", "2023-05-31"), g("Earlier this month", "2023-05"), g("said Wednesday", "2023-05-31"),
            g("times Wednesday", "2023-05-31"), g("today is", "2023-06-01"), g("this week", "2023-W22"),
            g("this week", "2023-W22"), g("on Wednesday", "2023-05-31"), g("On Wednesday", "2023-05-31"),
            g("on Thursday", "2023-06-01"), g("On Saturday", "2023-06-03"), g("announced Wednesday", "2023-05-31"),
            g("support Wednesday", "2023-05-31"), g("reported Tuesday", "2023-05-30"), g("Tuesday’s", "2023-05-30"),
            g("on Tuesday", "2023-05-30"), g("acknowledged Tuesday", "2023-05-30"), g("Earlier Wednesday", "2023-05-31"),
            g("today protecting", "2023-06-01"));
    static final List<Gold> GOLD_004 = List.of(g("феврале 2022 года", "2022-02"));

    private record Score(int correct, int predicted, int gold) {
        Score plus(Score o) { return new Score(correct + o.correct, predicted + o.predicted, gold + o.gold); }
        double f1() {
            double p = predicted == 0 ? 0 : (double) correct / predicted, r = gold == 0 ? 0 : (double) correct / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        String line(String name) {
            return String.format(Locale.ROOT, "dates %s: %d correct of %d predicted, %d gold: P=%.3f R=%.3f value F1=%.3f",
                    name, correct, predicted, gold, predicted == 0 ? 0 : (double) correct / predicted,
                    gold == 0 ? 0 : (double) correct / gold, f1());
        }
    }

    /** A gold expression is matched by a predicted one overlapping it (once each), correct when the values agree. */
    private Score score(String seed, String lang, String anchor, List<Gold> gold) throws IOException {
        String text = CLEANER.clean(SeedDatesTest.seed(seed)).text();
        List<DateMention> left = new ArrayList<>(extractor.extract(text, lang, anchor));
        int predicted = left.size();
        int correct = 0;
        int from = 0;
        for (Gold g : gold) {
            int at = text.indexOf(g.words(), from);
            if (at < 0) throw new IllegalStateException(seed + ": gold words not in text after " + from + ": " + g.words());
            from = at + 1;
            int end = at + g.words().length();
            DateMention hit = left.stream().filter(m -> m.start() < end && at < m.end()).findFirst().orElse(null);
            if (hit == null) {
                System.out.printf(Locale.ROOT, "  %s [%s]=%s: missed%n", seed, g.words(), g.value());
                continue;
            }
            left.remove(hit);
            if (Objects.equals(hit.value(), g.value())) correct++;
            else System.out.printf(Locale.ROOT, "  %s [%s]: %s, expected %s%n", seed, hit.text(), hit.value(), g.value());
        }
        for (DateMention m : left) System.out.printf(Locale.ROOT, "  %s extra: [%s]=%s%n", seed, m.text(), m.value());
        Score s = new Score(correct, predicted, gold.size());
        System.out.println(s.line(seed));
        return s;
    }

    @Test void valueF1OnAllSeeds() throws IOException {
        Score tuned = score("000", "en", "2024-07-08", GOLD_000)
                .plus(score("002", "en", "2024-11-13", GOLD_002))
                .plus(score("004", "ru", "2024-11-13", GOLD_004));
        Score unseen = score("001", "en", "2022-10-12", GOLD_001).plus(score("003", "en", "2023-06-01", GOLD_003));
        System.out.println(tuned.line("000+002+004"));
        System.out.println(unseen.line("unseen 001+003"));
        System.out.println(tuned.plus(unseen).line("all seeds"));
        assertTrue(tuned.plus(unseen).f1() >= 0.95, tuned.plus(unseen).line("all"));   // 0.94 before seasons and the rest, 0.97 after
    }
}
