package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * Load cost, heap and call rates of the name layer: the dictionaries' first look-ups, the ICU
 * romanisation tables, then readings, name lemmas and cross-script keys of the capitalised words
 * of the seeds. Load figures are only true in a fresh JVM, so run it alone.
 */
final class NamesBenchmark implements Microbenchmark {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
    /** Ukrainian name forms written for this benchmark (no Ukrainian seed article exists). */
    private static final List<String> UKRAINIAN = List.of("Блінкена", "Києві", "Зеленського", "Сибізі", "Харкова",
            "Львові", "Андрієм", "Нью-Йорку", "Рютте", "НАТО", "Каволі", "Ламмі", "Укренерго", "Ярмака", "Бахмута",
            "Авдіївки", "Столтенберга", "Вашингтоні", "Брюсселі", "Одесі", "Трампа", "Байдена", "Путіна", "Грумбельтові");

    private final MicroData data;
    private final Rates rates = new Rates(1, 3);

    NamesBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public String about() {
        return "dictionary and ICU load cost, readings/nameLemma/key rates of the name layer (fresh JVM)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        List<String> en = capitalised(data.seed("002"));
        en.addAll(capitalised(data.seed("003")));
        String ruSeed = data.seed("004");
        List<String> ru = capitalised(ruSeed);
        print(out, "words: %d capitalised English (seeds 002, 003), %d Russian (seed 004), %d Ukrainian (written)",
                en.size(), ru.size(), UKRAINIAN.size());

        Morphologies morphologies = LanguagePacks.discover().morphologies();
        for (String lang : List.of("en", "uk", "ru")) {
            Morphology m = morphologies.forLanguage(lang).orElseThrow();
            long heap = Rates.usedHeap();
            long t0 = System.nanoTime();
            m.readings(lang.equals("en") ? "Blinken" : lang.equals("uk") ? "Блінкена" : "Андреем");
            long t1 = System.nanoTime();
            print(out, "%s: first lookup (dictionary read) %.0f ms, heap +%.1f MB", lang, (t1 - t0) / 1e6, (Rates.usedHeap() - heap) / 1e6);
        }
        long heap = Rates.usedHeap();
        long t0 = System.nanoTime();
        morphologies.forLanguage("uk").orElseThrow().readings("Айдар");   // a bare prop: needs the semantic tags
        print(out, "uk semantic tags: first use %.0f ms, heap +%.1f MB", (System.nanoTime() - t0) / 1e6, (Rates.usedHeap() - heap) / 1e6);
        NameKeys keys = LanguagePacks.discover().nameKeys();
        heap = Rates.usedHeap();
        t0 = System.nanoTime();
        keys.key("Блинкен", "ru");
        keys.key("Блінкен", "uk");
        print(out, "ICU BGN tables: first key() %.0f ms, heap +%.1f MB", (System.nanoTime() - t0) / 1e6, (Rates.usedHeap() - heap) / 1e6);

        Morphology ruM = morphologies.forLanguage("ru").orElseThrow();
        Morphology ukM = morphologies.forLanguage("uk").orElseThrow();
        Morphology enM = morphologies.forLanguage("en").orElseThrow();
        print(out, "readings()  en %.0f/s, ru %.0f/s, uk %.0f/s", rate(en, enM::readings), rate(ru, ruM::readings),
                rate(UKRAINIAN, ukM::readings));
        print(out, "nameLemma() en %.0f/s, ru %.0f/s, uk %.0f/s", rate(en, w -> enM.nameLemma(w, null)),
                rate(ru, w -> ruM.nameLemma(w, null)), rate(UKRAINIAN, w -> ukM.nameLemma(w, null)));
        print(out, "isCommonWord() ru %.0f/s", rate(ru, ruM::isCommonWord));
        print(out, "key() cached: en %.0f/s, ru %.0f/s", rate(en, w -> keys.key(w, "en")), rate(ru, w -> keys.key(w, "ru")));
        // latin() is the BGN romanisation key() caches; the folding after it is not public, so this is the uncached cost less the folds
        print(out, "latin() (romanisation, never cached): en %.0f/s, ru %.0f/s; ru on 2 threads %.0f/s in all",
                rate(en, w -> keys.latin(w, "en")), rate(ru, w -> keys.latin(w, "ru")),
                rates.parallel(ru, 2, w -> keys.latin(w, "ru").length()));

        // What one article costs the layer: every capitalised word through nameLemma and key.
        double ruArticles = rates.perSecond(List.of(ruSeed), text -> {
            long n = 0;
            for (String w : capitalised(text)) n += keys.key(ruM.nameLemma(w, null), "ru").length();
            return n;
        });
        String enSeed = data.seed("002");
        double enArticles = rates.perSecond(List.of(enSeed), text -> {
            long n = 0;
            for (String w : capitalised(text)) n += keys.key(enM.nameLemma(w, null), "en").length();
            return n;
        });
        print(out, "per article, every capitalised word → nameLemma → key: seed 004 (ru, %d words) %.0f articles/s, seed 002 (en) %.0f articles/s",
                ru.size(), ruArticles, enArticles);
    }

    private double rate(List<String> words, Consumer<String> work) {
        return rates.perSecond(words, w -> {
            work.accept(w);
            return 1;
        });
    }

    private static List<String> capitalised(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) if (Character.isUpperCase(m.group().charAt(0))) words.add(m.group());
        return words;
    }

    private static void print(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
