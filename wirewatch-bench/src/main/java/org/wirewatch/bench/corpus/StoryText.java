package org.wirewatch.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words of one story in one language: its headlines and the body of a given variant. Which
 * templates a variant uses, and in what order, depends only on (seed, story, variant), so the same
 * variant in two languages is a translation, paragraph for paragraph.
 */
final class StoryText {
    private static final long PURPOSE = 0x7A21_99C3L;
    private static final int MIN_COMMON = 4;
    private static final int MAX_COMMON = 6;

    private final StoryPlan plan;
    private final LanguagePack pack;
    private final Slots slots;

    StoryText(StoryPlan plan, LanguagePack pack, String agency) {
        this.plan = plan;
        this.pack = pack;
        this.slots = slots(plan, pack, agency);
    }

    /** Title and paragraphs of one variant of the report. */
    record Body(String title, List<String> paragraphs) {
        Body {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    Body body(long seed, int variant) {
        SplittableRandom r = Mix.random(seed, PURPOSE, ((long) plan.index() << 24) ^ variant);
        String title = headline(r.nextInt(3));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(slots.fill(pack.leads(plan.kind()).get(r.nextInt(2))));
        List<Integer> details = shuffled(3, r).subList(0, 2 + r.nextInt(2));
        List<Integer> common = shuffled(pack.common().size(), r).subList(0, MIN_COMMON + r.nextInt(MAX_COMMON - MIN_COMMON + 1));
        // Story-specific paragraphs early, as a reporter writes; background and reactions after.
        int d = 0;
        int c = 0;
        while (d < details.size() || c < common.size()) {
            if (d < details.size()) paragraphs.add(slots.fill(pack.details(plan.kind()).get(details.get(d++))));
            if (c < common.size()) paragraphs.add(slots.fill(pack.common().get(common.get(c++))));
        }
        return new Body(title, paragraphs);
    }

    /** Headline number i (of three) of this story. */
    String headline(int i) {
        return slots.fill(pack.titles(plan.kind()).get(i));
    }

    String fill(String template) {
        return slots.fill(template);
    }

    private static List<Integer> shuffled(int n, SplittableRandom r) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }

    private static Slots slots(StoryPlan plan, LanguagePack pack, String agency) {
        String lang = pack.code();
        LocalDate day = plan.start().toLocalDate();
        Map<String, String> v = new HashMap<>();
        v.put("A", plan.a().full().get(lang));
        v.put("a", plan.a().brief().get(lang));
        v.put("B", plan.b().full().get(lang));
        v.put("b", plan.b().brief().get(lang));
        v.put("city", plan.place().name().get(lang));
        v.put("city_obj", plan.place().object().get(lang));
        v.put("CITY", plan.place().name().get(lang).toUpperCase(Locale.ROOT));
        v.put("in", plan.place().in().get(lang));
        v.put("topic", plan.topic().get(lang));
        v.put("on_day", pack.onDay(day.getDayOfWeek()));
        v.put("date", pack.dayMonth(day));
        v.put("agency", agency);
        plan.numbers().forEach((name, value) -> v.put(name, Integer.toString(value)));
        return new Slots(v, plan.a().female(), plan.b().female());
    }
}
