package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.eval.NerEvaluation;
import org.wirewatch.core.eval.NerReport;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * Exact-span PER/ORG/LOC quality on the cleaned text of seeds 002 (English) and 004 (its Russian
 * translation), scored by the project's own harness. The gold is written here as names and types
 * only (CoNLL conventions: demonyms and products are MISC and not scored); every whole-word
 * occurrence of a name in the text is a gold mention, longer names first. No article text is
 * stored: the text is read from ../shared and the spans are computed from it.
 */
class SeedNerQualityTest {
    private static final Map<String, String> SEED_002 = gold(
            "PER", "Donald Trump|Antony Blinken|Mark Rutte|Trump|Biden|Blinken|Putin|Andriy Yermak|Andrii Kovalenko|Rutte|Vladimir"
                    + "|Andrii Sybiha|Christopher Cavoli|David Lammy",
            "ORG", "NATO|Kremlin|National Security and Defence Council|Ukrenergo|EU",
            "LOC", "Kyiv|Russia|Ukraine|Brussels|Moscow|US|Universitet|Europe");
    private static final Map<String, String> SEED_004 = gold(
            "PER", "Блинкен|Джо Байдена|Дональда Трампа|Энтони Блинкен|Марком Рютте|Байден|Рютте|Путину|Андреем Сибигой"
                    + "|Кристофером Каволи|Дэвидом Лэмми",
            "ORG", "НАТО|Reuters|Госдепартамента|ОВС НАТО|ЕС",
            "LOC", "Киева|России|Украиной|Украины|США|Брюсселе|Украине|Украина|Россия|Европе|Великобритании");

    @TempDir
    Path dir;

    @Test
    void englishSeed() throws IOException {
        NerReport report = score("002", "en", SEED_002);
        assertTrue(report.micro().f1() >= 0.85, report.toText());
    }

    @Test
    void russianSeed() throws IOException {
        NerReport report = score("004", "ru", SEED_004);
        assertTrue(report.micro().f1() >= 0.85, report.toText());
    }

    private NerReport score(String seed, String lang, Map<String, String> names) throws IOException {
        String text = new TextCleaner().clean(read(seed)).text();
        Path gold = dir.resolve(seed + ".jsonl");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", seed);
        line.put("lang", lang);
        line.put("text", text);
        line.put("entities", spans(text, names));
        Files.writeString(gold, new ObjectMapper().writeValueAsString(line) + "\n");
        Pipeline pipeline = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));
        NerReport report = NerEvaluation.run(gold, pipeline::analyze);
        System.out.println("seed " + seed + " (" + lang + "):\n" + report.toText());
        return report;
    }

    private static List<Map<String, Object>> spans(String text, Map<String, String> names) {
        boolean[] taken = new boolean[text.length()];
        List<Map<String, Object>> spans = new ArrayList<>();
        List<String> longestFirst = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : longestFirst) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                if (anyTaken(taken, m.start(), m.end())) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                spans.add(Map.of("start", m.start(), "end", m.end(), "type", names.get(name)));
            }
        }
        return spans;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static Map<String, String> gold(String... typeAndNames) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < typeAndNames.length; i += 2) {
            for (String name : typeAndNames[i + 1].split("\\|")) byName.put(name, typeAndNames[i]);
        }
        return byName;
    }

    private static String read(String number) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("corpus", "seeds"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow());
        }
    }
}
