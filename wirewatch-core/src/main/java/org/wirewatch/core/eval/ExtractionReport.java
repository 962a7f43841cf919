package org.wirewatch.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The scores of a main-text extraction run, with every page that missed or leaked a snippet. */
public final class ExtractionReport {
    private final List<PageScore> pages;
    private final int skippedLines;
    private final List<String> errors;

    ExtractionReport(List<PageScore> pages, int skippedLines, List<String> errors) {
        this.pages = List.copyOf(pages);
        this.skippedLines = skippedLines;
        this.errors = List.copyOf(errors);
    }

    SnippetCounts total(Function<PageScore, SnippetCounts> reading) {
        SnippetCounts sum = SnippetCounts.ZERO;
        for (PageScore p : pages) sum = sum.plus(reading.apply(p));
        return sum;
    }

    /** The main reading's F1, for callers that compare runs. */
    public double f1() {
        return total(PageScore::typographic).f1();
    }

    /** The main reading's accuracy. */
    public double accuracy() {
        return total(PageScore::typographic).accuracy();
    }

    private long emptyPages() {
        return pages.stream().filter(PageScore::empty).count();
    }

    private List<String> problems() {
        List<String> all = new ArrayList<>(errors);
        for (PageScore p : pages) all.addAll(p.problems());
        return all;
    }

    /** The scored pages; for explaining the misses. */
    List<PageScore> pages() {
        return pages;
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Main-text extraction: snippets in the cleaned text, %d pages%n", pages.size()));
        out.append(String.format(Locale.ROOT, "  %-14s %6s %6s %6s %6s %9s %7s %7s %8s%n",
                "", "tp", "fp", "fn", "tn", "precision", "recall", "f1", "accuracy"));
        row(out, "snippets", total(PageScore::typographic));
        row(out, "title removed", total(PageScore::untitled));
        row(out, "strict", total(PageScore::strict));
        out.append(String.format(Locale.ROOT, "pages with an empty text or no record: %d%n", emptyPages()));
        List<PageScore> wrong = pages.stream().filter(PageScore::hasErrors).toList();
        out.append(String.format(Locale.ROOT, "pages with a missed or a leaked snippet: %d%n", wrong.size()));
        for (PageScore p : wrong) {
            out.append("  ").append(p.id()).append(p.empty() ? " (empty)" : "").append(System.lineSeparator());
            for (String s : p.missed()) out.append("    missed: ").append(s).append(System.lineSeparator());
            for (String s : p.found()) out.append("    found:  ").append(s).append(System.lineSeparator());
        }
        ReportText.problems(out, skippedLines, problems());
        return out.toString();
    }

    private static void row(StringBuilder out, String label, SnippetCounts c) {
        out.append(String.format(Locale.ROOT, "  %-14s %6d %6d %6d %6d %9s %7s %7s %8s%n", label, c.tp(), c.fp(), c.fn(), c.tn(),
                ReportText.number(c.precision()), ReportText.number(c.recall()), ReportText.number(c.f1()),
                ReportText.number(c.accuracy())));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "extraction");
        json.put("pages", pages.size());
        json.put("snippets", total(PageScore::typographic).toJson());
        json.put("title_removed", total(PageScore::untitled).toJson());
        json.put("strict", total(PageScore::strict).toJson());
        json.put("empty_pages", emptyPages());
        List<Map<String, Object>> wrong = new ArrayList<>();
        for (PageScore p : pages) {
            if (!p.hasErrors()) continue;
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("id", p.id());
            page.put("empty", p.empty());
            page.put("missed", p.missed());
            page.put("found", p.found());
            wrong.add(page);
        }
        json.put("pages_with_errors", wrong);
        json.put("skipped_lines", skippedLines);
        json.put("errors", problems());
        return json;
    }
}
