package org.wirewatch.core.linguistics.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;

/**
 * Load cost, heap and call rates of the name layer. Not a unit test (its name keeps it out of
 * the default surefire run); run it alone, in a fresh JVM:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=NamesBenchmark}
 */
class NamesBenchmark {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
    private static final double SECONDS = 3;
    /** Ukrainian name forms written for this benchmark (no Ukrainian seed article exists). */
    private static final List<String> UKRAINIAN = List.of("Блінкена", "Києві", "Зеленського", "Сибізі", "Харкова",
            "Львові", "Андрієм", "Нью-Йорку", "Рютте", "НАТО", "Каволі", "Ламмі", "Укренерго", "Ярмака", "Бахмута",
            "Авдіївки", "Столтенберга", "Вашингтоні", "Брюсселі", "Одесі", "Трампа", "Байдена", "Путіна", "Грумбельтові");

    @Test
    void load_heap_and_rates() throws Exception {
        List<String> en = capitalised(seed("002_"));
        en.addAll(capitalised(seed("003_")));
        List<String> ru = capitalised(seed("004_"));
        print("words: %d capitalised English (seeds 002, 003), %d Russian (seed 004), %d Ukrainian (written)", en.size(), ru.size(), UKRAINIAN.size());

        Morphologies morphologies = LanguagePacks.discover().morphologies();
        for (String lang : List.of("en", "uk", "ru")) {
            Morphology m = morphologies.forLanguage(lang).orElseThrow();
            long heap = usedHeap();
            long t0 = System.nanoTime();
            m.readings(lang.equals("en") ? "Blinken" : lang.equals("uk") ? "Блінкена" : "Андреем");
            long t1 = System.nanoTime();
            print("%s: first lookup (dictionary read) %.0f ms, heap +%.1f MB", lang, (t1 - t0) / 1e6, (usedHeap() - heap) / 1e6);
        }
        long heap = usedHeap();
        long t0 = System.nanoTime();
        morphologies.forLanguage("uk").orElseThrow().readings("Айдар");   // bare prop: needs the semantic tags
        print("uk semantic tags: first use %.0f ms, heap +%.1f MB", (System.nanoTime() - t0) / 1e6, (usedHeap() - heap) / 1e6);
        NameKeys keys = LanguagePacks.discover().nameKeys();
        heap = usedHeap();
        t0 = System.nanoTime();
        keys.key("Блинкен", "ru");
        keys.key("Блінкен", "uk");
        print("ICU BGN tables: first key() %.0f ms, heap +%.1f MB", (System.nanoTime() - t0) / 1e6, (usedHeap() - heap) / 1e6);

        Morphology ruM = morphologies.forLanguage("ru").orElseThrow();
        Morphology ukM = morphologies.forLanguage("uk").orElseThrow();
        Morphology enM = morphologies.forLanguage("en").orElseThrow();
        print("readings()  en %.0f/s, ru %.0f/s, uk %.0f/s", rate(en, enM::readings), rate(ru, ruM::readings), rate(UKRAINIAN, ukM::readings));
        print("nameLemma() en %.0f/s, ru %.0f/s, uk %.0f/s", rate(en, w -> enM.nameLemma(w, null)),
                rate(ru, w -> ruM.nameLemma(w, null)), rate(UKRAINIAN, w -> ukM.nameLemma(w, null)));
        print("isCommonWord() ru %.0f/s", rate(ru, ruM::isCommonWord));
        print("key() cached: en %.0f/s, ru %.0f/s", rate(en, w -> keys.key(w, "en")), rate(ru, w -> keys.key(w, "ru")));
        Romanizers romanizers = new Romanizers(LanguagePacks.discover().romanizers());
        AsciiFolding ascii = new AsciiFolding();
        KeyFolding folding = new KeyFolding();
        Consumer<String> uncachedRu = w -> folding.fold(ascii.fold(romanizers.forLanguage("ru").forKey(w)));
        Consumer<String> uncachedEn = w -> folding.fold(ascii.fold(romanizers.forLanguage("en").forKey(w)));
        print("key() uncached: en %.0f/s, ru %.0f/s; ru on 2 threads %.0f/s in all", rate(en, uncachedEn), rate(ru, uncachedRu), parallel(ru, 2, uncachedRu));

        // What one article costs the layer: every capitalised word through nameLemma and key.
        double ruArticles = rate(List.of(seed("004_")), text -> {
            for (String w : capitalised(text)) keys.key(ruM.nameLemma(w, null), "ru");
        });
        double enArticles = rate(List.of(seed("002_")), text -> {
            for (String w : capitalised(text)) keys.key(enM.nameLemma(w, null), "en");
        });
        print("per article, every capitalised word → nameLemma → key: seed 004 (ru, %d words) %.0f articles/s, seed 002 (en) %.0f articles/s",
                capitalised(seed("004_")).size(), ruArticles, enArticles);
    }

    private static double rate(List<String> items, Consumer<String> work) {
        run(items, work, 1);
        return run(items, work, SECONDS);
    }

    private static double run(List<String> items, Consumer<String> work, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        while (System.nanoTime() < deadline) {
            for (String s : items) work.accept(s);
            n += items.size();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double parallel(List<String> items, int threads, Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> rates = new ArrayList<>();
            for (int t = 0; t < threads; t++) rates.add(pool.submit(() -> run(items, work, SECONDS)));
            double sum = 0;
            for (Future<Double> r : rates) sum += r.get();
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> capitalised(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) if (Character.isUpperCase(m.group().charAt(0))) words.add(m.group());
        return words;
    }

    private static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("corpus", "seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void print(String format, Object... args) {
        System.out.println("[names-bench] " + String.format(Locale.ROOT, format, args));
    }
}
