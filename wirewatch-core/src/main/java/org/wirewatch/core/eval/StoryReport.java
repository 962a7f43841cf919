package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BCubed and pairwise scores of predicted story ids against gold stories.
 *
 * @param pairwise          pairwise precision/recall/F1: how many gold links (same-story pairs) were made
 * @param articles          distinct gold articles scored
 * @param goldClusters      gold stories (singletons included)
 * @param predictedClusters predicted stories (each unlinked article counted as its own)
 * @param unlinked          articles that came back with no story id, each scored as a singleton
 * @param pairs             judged pairs read from a pair-style file (0 for a cluster file)
 * @param contradictions    same_story=false pairs whose articles other links put in one story
 * @param failedDocs        articles whose analysis threw, returned nothing or was missing from a batch
 */
public record StoryReport(BCubed bcubed, PairCounts pairwise, int articles, int goldClusters, int predictedClusters, int unlinked,
                          int pairs, int contradictions, int failedDocs, int skippedLines, List<String> errors) {

    public StoryReport {
        errors = List.copyOf(errors);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Stories: BCubed over %d articles (%d gold stories, %d predicted)%n",
                articles, goldClusters, predictedClusters));
        if (pairs > 0) {
            out.append(String.format(Locale.ROOT, "gold built from %d judged pairs by joining same_story=true pairs%n", pairs));
        }
        out.append(String.format(Locale.ROOT, "  BCubed    precision %s  recall %s  f1 %s%n",
                ReportText.number(bcubed.precision()), ReportText.number(bcubed.recall()), ReportText.number(bcubed.f1())));
        out.append(String.format(Locale.ROOT, "  pairwise  precision %s  recall %s  f1 %s  (%d of %d gold pairs linked, %d pairs predicted)%n",
                ReportText.number(pairwise.precision()), ReportText.number(pairwise.recall()), ReportText.number(pairwise.f1()),
                pairwise.sharedPairs(), pairwise.goldPairs(), pairwise.predictedPairs()));
        if (articles == 0 && skippedLines > 0) {
            out.append(String.format(Locale.ROOT, "no gold line had both \"text\" and \"story\": give the articles with --docs FILE and "
                    + "their stories with --gold FILE, or the joined file alone%n"));
        }
        if (articles > 0 && unlinked == articles) {
            out.append(String.format(Locale.ROOT,
                    "no article received a story id (no story linker produced stories): every article is its own cluster%n"));
        } else if (unlinked > 0) {
            out.append(String.format(Locale.ROOT, "%d articles had no story id and were scored as singletons%n", unlinked));
        }
        if (contradictions > 0) {
            out.append(String.format(Locale.ROOT, "%d gold pairs marked different stories are joined by other links%n", contradictions));
        }
        if (failedDocs > 0) {
            out.append(String.format(Locale.ROOT, "analysis failed on %d articles (scored as singletons)%n", failedDocs));
        }
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "stories");
        json.put("metric", "bcubed");
        json.put("precision", bcubed.precision());
        json.put("recall", bcubed.recall());
        json.put("f1", bcubed.f1());
        json.put("pairwise_precision", pairwise.precision());
        json.put("pairwise_recall", pairwise.recall());
        json.put("pairwise_f1", pairwise.f1());
        json.put("gold_pairs", pairwise.goldPairs());
        json.put("predicted_pairs", pairwise.predictedPairs());
        json.put("linked_pairs", pairwise.sharedPairs());
        json.put("articles", articles);
        json.put("gold_clusters", goldClusters);
        json.put("predicted_clusters", predictedClusters);
        json.put("unlinked", unlinked);
        json.put("pairs", pairs);
        json.put("contradictions", contradictions);
        json.put("failed_docs", failedDocs);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }
}
