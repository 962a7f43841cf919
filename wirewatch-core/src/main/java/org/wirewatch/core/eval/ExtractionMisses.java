package org.wirewatch.core.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.ingest.ExtractionStages;
import org.wirewatch.core.model.Check;

/**
 * Where each wanted snippet of an extraction run was lost: not in the page's text at all,
 * removed with hidden or furniture markup, outside the block picked as the article, or dropped
 * by the line cleaner (and as what kind of line). Pages are re-read from their files and
 * traced step by step ({@link ExtractionStages}); only pages with a missed snippet are read.
 */
public final class ExtractionMisses {
    /** The step that lost a snippet. */
    public enum Stage {
        PAGE("not in the page's text"),
        PRUNING("removed with hidden or furniture markup"),
        BLOCK("outside the block picked as the article"),
        CLEANER("dropped by the line cleaner"),
        OTHER("in the cleaner's input but split across lines, or unreadable page");

        private final String meaning;

        Stage(String meaning) {
            this.meaning = meaning;
        }
    }

    /** One missed snippet and the step that lost it; {@code lineKind} only for the cleaner. */
    public record Miss(String page, String snippet, Stage stage, String lineKind) {}

    private final List<Miss> misses;

    private ExtractionMisses(List<Miss> misses) {
        this.misses = List.copyOf(misses);
    }

    /**
     * @param gold    the gold file the report was scored on
     * @param report  its scores
     * @param cleaner the cleaner the run used
     */
    public static ExtractionMisses explain(Path gold, ExtractionReport report, TextCleaner cleaner) throws IOException {
        Check.notNullParam(report, "report");
        Map<String, ExtractionGold> byId = new HashMap<>();
        for (ExtractionGold g : GoldLines.read(gold, ExtractionGold::parse).items()) byId.put(g.id(), g);
        Path folder = gold.toAbsolutePath().getParent();
        List<Miss> out = new ArrayList<>();
        for (PageScore page : report.pages()) {
            if (page.missed().isEmpty() || !byId.containsKey(page.id())) continue;
            ExtractionStages stages = stages(folder.resolve(byId.get(page.id()).file()));
            for (String snippet : page.missed()) out.add(locate(page.id(), snippet, stages, cleaner));
        }
        return new ExtractionMisses(out);
    }

    public List<Miss> misses() {
        return misses;
    }

    private static ExtractionStages stages(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return ExtractionStages.of(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    private static Miss locate(String id, String snippet, ExtractionStages stages, TextCleaner cleaner) {
        if (stages == null) return new Miss(id, snippet, Stage.OTHER, null);
        String wanted = SnippetText.TYPOGRAPHIC.normalise(snippet);
        if (!SnippetText.TYPOGRAPHIC.normalise(stages.page()).contains(wanted)) return new Miss(id, snippet, Stage.PAGE, null);
        if (!SnippetText.TYPOGRAPHIC.normalise(stages.pruned()).contains(wanted)) return new Miss(id, snippet, Stage.PRUNING, null);
        if (!SnippetText.TYPOGRAPHIC.normalise(stages.chosen()).contains(wanted)) return new Miss(id, snippet, Stage.BLOCK, null);
        String input = stages.title() == null ? stages.chosen() : stages.title() + "\n\n" + stages.chosen();
        String kind = cleaner.lineKindOf(input, snippet);
        return kind == null ? new Miss(id, snippet, Stage.OTHER, null) : new Miss(id, snippet, Stage.CLEANER, kind);
    }

    /** Counts by step (and by line kind for the cleaner), then the first {@code n} misses. */
    public String toText(int n) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        Map<String, Integer> byKind = new TreeMap<>();
        for (Miss m : misses) {
            byStage.merge(m.stage(), 1, Integer::sum);
            if (m.lineKind() != null) byKind.merge(m.lineKind(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Missed snippets by the step that lost them (%d):%n", misses.size()));
        for (Stage s : Stage.values()) {
            out.append(String.format(Locale.ROOT, "  %-8s %5d  %s%n", s.name().toLowerCase(Locale.ROOT), byStage.getOrDefault(s, 0), s.meaning));
        }
        if (!byKind.isEmpty()) out.append("  line cleaner, by line kind: ").append(byKind).append(System.lineSeparator());
        for (Miss m : misses.subList(0, Math.min(n, misses.size()))) {
            out.append(String.format(Locale.ROOT, "  %s  %s%s: %s%n", m.page(), m.stage().name().toLowerCase(Locale.ROOT),
                    m.lineKind() == null ? "" : " (" + m.lineKind() + ")", m.snippet()));
        }
        return out.toString();
    }
}
