package org.wirewatch.core.extract.categories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.extract.events.EventType;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.cues.CueFile;
import org.wirewatch.core.lang.cues.CueSchema;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.model.Language;

/**
 * Reads category files (docs/categories.md) with the one cue reader: a {@code [category]} section
 * ({@code name:}, {@code threshold:}), one section per language code with {@code weight:},
 * {@code must:} and {@code not:} lines of phrases, and {@code [entity]} / {@code [event]} sections of
 * {@code weight: id id}. Each word of a phrase also stands for its dictionary lemmas in the pack's
 * morphology, so "ракетами" in a file and "ракета" in an article meet. Immutable and thread-safe.
 */
public final class CategoryFileReader {
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";
    private final LanguagePacks packs;
    private final CueSchema schema;

    public CategoryFileReader(LanguagePacks packs) {
        this.packs = packs;
        CueSchema.Builder b = CueSchema.builder()
                .keyedPhrases("category", CueSchema.Keys.of("name", "threshold"))
                .keyedWords("entity", CueSchema.Keys.matching(NUMBER, "a weight"))
                .keyedWords("event", CueSchema.Keys.matching(NUMBER, "a weight"));
        for (String code : languageCodes(packs)) {
            b.keyedPhrases(code, CueSchema.Keys.matching(NUMBER + "|must|not", "a weight, must or not"));
        }
        this.schema = b.build();
    }

    private static Set<String> languageCodes(LanguagePacks packs) {
        Set<String> codes = new TreeSet<>();
        for (Language l : packs.languages()) codes.add(l.code());
        return codes;
    }

    /** The category in {@code lines}; {@code file} names it in messages, and its name without {@code .cues} is the id. */
    public CategoryDefinition read(List<String> lines, String file) {
        CueFile cues = schema.parse(lines, file);
        String base = file.substring(file.lastIndexOf('/') + 1);
        String id = base.endsWith(".cues") ? base.substring(0, base.length() - 5) : base;
        Map<String, List<String>> header = cues.keyed("category");
        String name = header.getOrDefault("name", List.of(id)).get(0);
        List<String> thresholdEntry = header.get("threshold");
        if (thresholdEntry == null || thresholdEntry.size() != 1) throw cues.error("[category] must give one threshold");
        double threshold = number(cues, cues.lines("category"), thresholdEntry.get(0));
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        for (String code : languageCodes(packs)) {
            List<Term> own = terms(cues, code);
            if (!own.isEmpty()) terms.put(code, own);
        }
        Map<String, Double> entities = weights(cues, "entity", false);
        Map<String, Double> events = weights(cues, "event", true);
        if (terms.isEmpty() && entities.isEmpty() && events.isEmpty()) throw cues.error("a category needs words, entities or events");
        return new CategoryDefinition(id, name, threshold, terms, entities, events);
    }

    private List<Term> terms(CueFile cues, String code) {
        Optional<Morphology> morphology = packs.morphology(Language.of(code));
        List<Term> terms = new ArrayList<>();
        for (CueFile.Line line : cues.lines(code)) {
            Term.Role role = switch (line.key()) {
                case "must" -> Term.Role.MUST;
                case "not" -> Term.Role.NOT;
                default -> Term.Role.SCORE;
            };
            double weight = role == Term.Role.SCORE ? number(cues, line.number(), line.key()) : 0;
            for (String phrase : line.entries()) terms.add(term(phrase, weight, role, morphology));
        }
        return terms;
    }

    private static Term term(String phrase, double weight, Term.Role role, Optional<Morphology> morphology) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : phrase.split(" ")) {
            Set<String> forms = new LinkedHashSet<>();
            String lower = word.toLowerCase(Locale.ROOT);
            forms.add(lower);
            if (!lower.endsWith("*") && morphology.isPresent()) {
                for (Reading r : morphology.get().readings(lower)) forms.add(r.lemma().toLowerCase(Locale.ROOT));
            }
            words.add(forms);
        }
        return new Term(phrase, words, weight, role);
    }

    private static Map<String, Double> weights(CueFile cues, String section, boolean eventTypes) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (CueFile.Line line : cues.lines(section)) {
            double weight = number(cues, line.number(), line.key());
            for (String id : line.entries()) {
                if (eventTypes && EventType.named(id).isEmpty()) throw cues.error(line.number(), "unknown event type " + id);
                weights.put(id, weight);
            }
        }
        return weights;
    }

    private static double number(CueFile cues, List<CueFile.Line> lines, String text) {
        int line = lines.stream().filter(l -> "threshold".equals(l.key())).findFirst().map(CueFile.Line::number).orElse(0);
        return number(cues, line, text);
    }

    private static double number(CueFile cues, int line, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw cues.error(line, "not a number: " + text);
        }
    }
}
