package org.wirewatch.core.extract.amounts;

import org.wirewatch.core.linguistics.AnalysedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.TokenKind;
import org.wirewatch.core.linguistics.text.Sentence;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Check;

/**
 * Finds amounts — numbers with what they count — in English, Russian and Ukrainian text:
 * "40 missiles", "more than 200 drones and missiles", "$300 million", "at least 10 people
 * injured" (WOUND), "695 тысяч оккупантов", "шість балістичних ракет".
 *
 * <p>A number counts only when a noun follows it (or a currency sign precedes it): bare numbers,
 * times ("17:21"), dates ("July 8", "13-11-2024"), years ("2024"), ages ("48-year-old"), view
 * counters ("1.1т") and numbers inside identifiers ("F-16", "G7") are not amounts.
 *
 * <pre>{@code
 * AmountExtractor amounts = new AmountExtractor(LanguagePacks.discover());
 * amounts.extract("Russia fired 40 missiles.", "en");   // [40 missile]
 * }</pre>
 *
 * Thread-safe: build one, keep it, share it. Languages without cues give no amounts.
 */
public final class AmountExtractor {
    /** Currency signs are the same in every language. */
    private static final Map<String, String> CURRENCY = Map.of("$", "usd", "€", "eur", "£", "gbp", "₴", "uah", "₽", "rub");

    private static final Set<String> MONEY = Set.copyOf(CURRENCY.values());

    /** The pack file of amount cues. */
    static final String CUES = "amounts.cues";

    /** Cuts text handed in as a string the way the pipeline cuts an article. */
    private final TextSplitter splitter;
    private final Map<String, LanguageAmounts> byLanguage;

    /** Amounts in every language whose pack has {@code amounts.cues} and a morphology (shared: dictionaries are read once). */
    public AmountExtractor(LanguagePacks packs) {
        Check.notNullParam(packs, "packs");
        Map<String, LanguageAmounts> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            Optional<PackFile> file = pack.file(CUES);
            Optional<Morphology> morphology = packs.morphology(pack.language());
            if (file.isEmpty() || morphology.isEmpty()) continue;
            AmountCues cues = new FileAmountCues(pack.language().code(), file.get(), packs.vocabulary(pack.language()));
            map.put(cues.language(), new LanguageAmounts(cues, new ObjectFinder(cues, morphology.get())));
        }
        this.byLanguage = Map.copyOf(map);
        this.splitter = new TextSplitter(packs);
    }

    /** Whether amounts are found in this language. */
    public boolean supports(String lang) {
        return lang != null && byLanguage.containsKey(lang);
    }

    private record LanguageAmounts(AmountCues cues, ObjectFinder objects) {}

    /** The amounts in {@code text}, in text order; offsets are String indices into it, end exclusive. */
    public List<FoundAmount> extract(String text, String lang) {
        Check.notNullParam(text, "text");
        Check.notNullParam(lang, "lang");
        LanguageAmounts language = byLanguage.get(lang.strip().toLowerCase(Locale.ROOT));
        if (language == null) return List.of();
        return extract(AnalysedText.of(text, lang.strip().toLowerCase(Locale.ROOT), splitter), language);
    }

    /** The amounts of an analysed text, over its tokens (no tokenising again). */
    public List<FoundAmount> extract(AnalysedText analysed) {
        Check.notNullParam(analysed, "analysed");
        LanguageAmounts language = analysed.language() == null ? null : byLanguage.get(analysed.language());
        if (language == null) return List.of();
        return extract(analysed, language);
    }

    private List<FoundAmount> extract(AnalysedText analysed, LanguageAmounts language) {
        String text = analysed.text();
        List<Token> tokens = analysed.tokens();
        int[] sentenceEnd = sentenceEnds(analysed);
        List<FoundAmount> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            FoundAmount found = at(text, tokens, i, sentenceEnd, language);
            if (found == null) continue;
            out.add(found);
            while (i + 1 < tokens.size() && tokens.get(i + 1).start() < found.end()) i++;
        }
        return Collections.unmodifiableList(out);
    }

    /** For each token, the index just past the last token of its sentence: counted things stay in the number's sentence. */
    private static int[] sentenceEnds(AnalysedText analysed) {
        int[] ends = new int[analysed.tokens().size()];
        int k = 0;
        for (Sentence s : analysed.sentences()) {
            int end = k + s.tokens().size();
            java.util.Arrays.fill(ends, k, end, end);
            k = end;
        }
        return ends;
    }

    private FoundAmount at(String text, List<Token> tokens, int i, int[] sentenceEnd, LanguageAmounts language) {
        AmountCues cues = language.cues();
        Token first = tokens.get(i);
        String currency = null;
        int n = i;
        if (first.kind() != TokenKind.NUMBER && !first.isWord()) {
            currency = CURRENCY.get(first.text());
            if (currency == null || i + 1 >= tokens.size() || tokens.get(i + 1).kind() != TokenKind.NUMBER) return null;
            n = i + 1;
        }
        Quantity q = QuantityReader.read(tokens, n, cues);
        if (q == null || Context.notAQuantity(text, tokens, n, q, cues)) return null;
        int end = q.end();
        String object;
        boolean people = false;
        String ownCategory = null;
        if (currency != null) {
            object = currency;
        } else {
            boolean percent = end < sentenceEnd[n] && isPercent(tokens.get(end), cues);
            CountedObject counted = percent ? percentOf(tokens, end + 1, sentenceEnd[n], language)
                    : language.objects().find(tokens, end, sentenceEnd[n]);
            if (counted == null) return null;
            if (counted.listed() && MONEY.contains(counted.name())) {
                // "300 million dollars": money, whatever the number looked like
                object = counted.name();
            } else if (q.yearLike() && (!counted.listed() || counted.name().equals("year"))) {
                return null;   // "в феврале 2022 года", "in 2024 Russia": a year, not a count of years
            } else {
                object = percent ? "percent of " + counted.name() : counted.name();
            }
            people = counted.people();
            ownCategory = counted.category();
            end = counted.end();
            if (Context.isAge(tokens, end, counted, cues)) return null;
        }
        int start = tokens.get(i).start();
        int stop = tokens.get(end - 1).end();
        boolean approximate = q.approximate() || Context.hedged(tokens, i, cues);
        String count = people ? Context.countCategory(tokens, i, end, sentenceEnd, cues) : null;
        if (count == null) count = ownCategory;
        return new FoundAmount(start, stop, text.substring(start, stop), q.value(), object, approximate, count);
    }

    /**
     * What a percentage is of: the noun right after it ("5% ВВП") or, over function words, a
     * listed noun only ("5 percent of the GDP", but not "5% in March").
     */
    private static CountedObject percentOf(List<Token> tokens, int from, int sentenceEnd, LanguageAmounts language) {
        CountedObject direct = language.objects().find(tokens, from, sentenceEnd);
        if (direct != null) return direct;
        int k = from;
        while (k < sentenceEnd && k - from < 2 && tokens.get(k).isWord() && language.cues().functionWord(Words.normal(tokens.get(k).text()))) k++;
        if (k == from) return null;
        CountedObject counted = language.objects().find(tokens, k, sentenceEnd);
        return counted != null && counted.listed() ? counted : null;
    }

    private static boolean isPercent(Token t, AmountCues cues) {
        return t.text().equals("%") || t.isWord() && cues.percentWord(Words.normal(t.text()));
    }
}
