package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;

/**
 * Explains the gold story pairs a clustering split (docs/stories.md, "Diagnosing misses"): for each
 * pair of articles that share a gold story but not a predicted one, both sides' evidence (shared
 * entity ids, dates, amounts, bridge keys, strongest lemmas), the pair's score with its parts, the
 * best score either side reaches with an article of another gold story (the "rival"), and a class
 * of miss; and, by pair of languages, how many pairs of different gold stories were put in one
 * story and how many score at least the join threshold (look-alikes). Rarity is counted over all
 * the articles given, as {@link StoryBatch} counts it.
 * Thread-safe: keeps no state between calls.
 */
public final class StoryMisses {
    private static final int SHOWN = 8;

    /** Why a pair was split, from the evidence alone; the first class that fits is given. */
    public enum Kind {
        /** The pair scores above the join threshold, yet clustering kept it apart. */
        ABOVE_JOIN,
        /** A rival outscores the pair: raising the score alone would join a wrong article first. */
        RIVAL_HIGHER,
        /** One side has no entity id at all: only words, numbers and dates can join them. */
        NO_ENTITIES,
        /** Both sides have entity ids, none shared. */
        NO_SHARED_ENTITY,
        /** Entities shared, but not enough to reach the threshold. */
        WEAK_OVERLAP
    }

    /** One split pair, explained in {@code detail} (several lines). */
    public record Miss(String a, String b, String langs, Kind kind, double score, double rival, String detail) {}

    /** Every gold pair counted, the split ones classified. */
    public record Report(int goldPairs, int split, Map<Kind, Integer> kinds, Map<String, Integer> splitByLangs, List<Miss> misses,
                         Map<String, Integer> joinedByLangs, Map<String, Integer> lookAlikesByLangs, Map<String, Double> highestByLangs) {
        public Report {
            kinds = Map.copyOf(kinds);
            splitByLangs = Map.copyOf(splitByLangs);
            misses = List.copyOf(misses);
            joinedByLangs = Map.copyOf(joinedByLangs);
            lookAlikesByLangs = Map.copyOf(lookAlikesByLangs);
            highestByLangs = Map.copyOf(highestByLangs);
        }

        /** The counts and the first {@code limit} misses (highest score first), as text. */
        public String toText(int limit) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Split gold pairs: %d of %d%n", split, goldPairs));
            for (Kind k : Kind.values()) out.append(String.format(Locale.ROOT, "  %-16s %d%n", k.name().toLowerCase(Locale.ROOT), kinds.getOrDefault(k, 0)));
            new TreeMap<>(splitByLangs).forEach((l, n) -> out.append(String.format(Locale.ROOT, "  split %-9s %d%n", l, n)));
            out.append("Pairs of different gold stories put in one story, and scoring at least the join threshold, by languages:\n");
            new TreeMap<>(lookAlikesByLangs).forEach((l, n) -> out.append(
                    String.format(Locale.ROOT, "  %-9s joined %d, scoring >= join %d, highest score %.3f%n", l, joinedByLangs.getOrDefault(l, 0), n,
                            highestByLangs.getOrDefault(l, 0.0))));
            misses.stream().limit(limit).forEach(m -> out.append(m.detail()));
            return out.toString();
        }
    }

    private final EvidenceReader reader;
    private final Similarity similarity;
    private final double join;

    public StoryMisses(LanguagePacks packs, StorySettings settings) {
        this.reader = new EvidenceReader(Check.notNullParam(packs, "packs"));
        this.similarity = new Similarity(reader.bridgedLanguages());
        this.join = Check.notNullParam(settings, "settings").join();
    }

    /**
     * @param placed the articles with their predicted stories
     * @param gold   the gold cluster label of each article, in the same order
     */
    public Report explain(List<Article> placed, List<String> gold) {
        Check.isTrue(placed.size() == gold.size(), "%d articles but %d gold labels", placed.size(), gold.size());
        Rarity rarity = new Rarity();
        List<Evidence> evidence = placed.stream().map(reader::article).toList();
        evidence.forEach(rarity::add);
        List<Similarity.Weighted> weighted = evidence.stream().map(e -> similarity.weigh(e, rarity)).toList();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < gold.size(); i++) members.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
        int pairs = 0;
        List<Miss> misses = new ArrayList<>();
        for (List<Integer> story : members.values()) {
            for (int p = 0; p < story.size(); p++) {
                for (int q = p + 1; q < story.size(); q++) {
                    pairs++;
                    int i = story.get(p), j = story.get(q);
                    String si = placed.get(i).story(), sj = placed.get(j).story();
                    if (si != null && si.equals(sj)) continue;
                    misses.add(miss(i, j, weighted, gold));
                }
            }
        }
        misses.sort(Comparator.comparingDouble((Miss m) -> -m.score()));
        Map<Kind, Integer> kinds = new HashMap<>();
        Map<String, Integer> byLangs = new HashMap<>();
        for (Miss m : misses) {
            kinds.merge(m.kind(), 1, Integer::sum);
            byLangs.merge(m.langs(), 1, Integer::sum);
        }
        Map<String, Integer> joined = new HashMap<>(), lookAlikes = new HashMap<>();
        Map<String, Double> highest = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                if (gold.get(i).equals(gold.get(j))) continue;
                String langs = langs(evidence.get(i), evidence.get(j));
                String si = placed.get(i).story();
                if (si != null && si.equals(placed.get(j).story())) joined.merge(langs, 1, Integer::sum);
                double score = similarity.of(weighted.get(i), weighted.get(j));
                lookAlikes.merge(langs, score >= join ? 1 : 0, Integer::sum);
                highest.merge(langs, score, Math::max);
            }
        }
        return new Report(pairs, misses.size(), kinds, byLangs, misses, joined, lookAlikes, highest);
    }

    /** "ru-uk": the two languages in alphabetical order, so a pair counts once whichever side comes first. */
    private static String langs(Evidence x, Evidence y) {
        String a = String.valueOf(x.lang()), b = String.valueOf(y.lang());
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    private Miss miss(int i, int j, List<Similarity.Weighted> weighted, List<String> gold) {
        Similarity.Weighted a = weighted.get(i), b = weighted.get(j);
        Similarity.Score s = similarity.score(a, b);
        double rival = Math.max(rival(i, weighted, gold), rival(j, weighted, gold));
        Evidence x = a.evidence(), y = b.evidence();
        Kind kind = s.value() >= join ? Kind.ABOVE_JOIN
                : rival >= s.value() ? Kind.RIVAL_HIGHER
                : x.entities().isEmpty() || y.entities().isEmpty() ? Kind.NO_ENTITIES
                : s.entities() == 0 ? Kind.NO_SHARED_ENTITY : Kind.WEAK_OVERLAP;
        String langs = x.lang() + "-" + y.lang();
        StringBuilder d = new StringBuilder();
        d.append(String.format(Locale.ROOT, "%n%s (%s) ~ %s (%s): %s, score %.3f, rival %.3f%n", x.articleId(), x.lang(), y.articleId(), y.lang(),
                kind.name().toLowerCase(Locale.ROOT), s.value(), rival));
        d.append(String.format(Locale.ROOT, "  parts: entities %.3f lexical %.3f concepts %.3f cognates %.3f numbers %.3f dates %.2f amounts %.2f events %.2f time %.2f%n",
                s.entities(), s.lexical(), s.concepts(), s.cognates(), s.numbers(), s.dates(), s.amounts(), s.events(), s.time()));
        d.append("  shared entities: ").append(shared(x, y)).append('\n');
        d.append("  entities only a: ").append(only(x, y)).append("; only b: ").append(only(y, x)).append('\n');
        d.append("  dates a: ").append(sorted(x.dates())).append(" b: ").append(sorted(y.dates())).append('\n');
        d.append("  amounts a: ").append(sorted(x.amounts())).append(" b: ").append(sorted(y.amounts())).append('\n');
        d.append("  events a: ").append(sorted(x.events())).append(" b: ").append(sorted(y.events())).append('\n');
        d.append("  shared bridge keys: ").append(strongestShared(a.concepts(), b.concepts()) + " " + strongestShared(a.cognates(), b.cognates())
                + " " + strongestShared(a.numbers(), b.numbers())).append('\n');
        d.append("  lemmas a: ").append(strongest(a.lemmas())).append('\n');
        d.append("  lemmas b: ").append(strongest(b.lemmas())).append('\n');
        return new Miss(x.articleId(), y.articleId(), langs, kind, s.value(), rival, d.toString());
    }

    private double rival(int i, List<Similarity.Weighted> weighted, List<String> gold) {
        double best = 0;
        for (int k = 0; k < weighted.size(); k++) {
            if (k != i && !gold.get(k).equals(gold.get(i))) best = Math.max(best, similarity.of(weighted.get(i), weighted.get(k)));
        }
        return best;
    }

    private static String shared(Evidence x, Evidence y) {
        return x.entities().keySet().stream().filter(y.entities()::containsKey).sorted()
                .map(id -> id + " " + x.entityNames().getOrDefault(id, "?") + "/" + y.entityNames().getOrDefault(id, "?"))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String only(Evidence x, Evidence y) {
        return x.entities().keySet().stream().filter(id -> !y.entities().containsKey(id)).sorted().limit(SHOWN)
                .map(id -> x.entityNames().getOrDefault(id, id)).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String sorted(java.util.Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String strongestShared(Map<String, Double> a, Map<String, Double> b) {
        return a.entrySet().stream().filter(e -> b.containsKey(e.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * b.get(e.getKey())))
                .limit(SHOWN).map(Map.Entry::getKey).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String strongest(Map<String, Double> weights) {
        return weights.entrySet().stream().sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()))
                .limit(SHOWN).map(Map.Entry::getKey).collect(Collectors.joining(", ", "[", "]"));
    }
}
