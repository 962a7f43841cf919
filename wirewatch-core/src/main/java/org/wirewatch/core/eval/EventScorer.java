package org.wirewatch.core.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

/**
 * Judges predicted events against the events gold exactly as the evaldata README's "Score"
 * subsection says: scope by the annotated region, compatibility by trigger or sentence, typed
 * right / don't-care / wrong with many-to-many matching, found gold events, untyped figures, and
 * arguments and dates of the right predictions. One scorer adds up one run; not thread-safe.
 */
final class EventScorer {
    /** A predicate does not tell a pledge from a delivery, so the two are one type here. */
    static final String AID = "AID_PLEDGE/AID_DELIVERY";
    private static final int SHOWN_TEXT = 110;

    private final Map<String, EventReport.TypeCounts.Builder> byType = new TreeMap<>();
    private final EventReport.Untyped.Builder untyped = new EventReport.Untyped.Builder();
    private final EventReport.Arguments.Builder arguments = new EventReport.Arguments.Builder();
    private final List<String> wrong = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();
    private int outOfScope;

    static String typeKey(String type) {
        return "AID_PLEDGE".equals(type) || "AID_DELIVERY".equals(type) ? AID : type;
    }

    /** Adds one gold document; {@code predicted} is null when it has no record or a different text. */
    void add(EventGold gold, Article predicted) {
        List<Event> events = new ArrayList<>();
        if (predicted != null) {
            for (Event e : predicted.events()) {
                if (inScope(e, gold.annotated())) events.add(e);
                else outOfScope++;
            }
        }
        for (Event p : events) judge(gold, predicted, p);
        for (GoldEvent g : gold.events()) {
            boolean seen = events.stream().anyMatch(p -> compatible(p, g));
            untyped.gold(seen);
            if (!g.scored()) continue;
            boolean found = events.stream().anyMatch(p -> sameType(p, g) && compatible(p, g));
            counts(typeKey(g.type())).gold(found);
            if (!found) missed.add(line(gold, g.type(), g.triggerText(), g.sentence()));
        }
    }

    EventReport report(int docs, int failedDocs, int textMismatches, int skippedLines, List<String> errors) {
        List<EventReport.TypeCounts> types = new ArrayList<>();
        byType.forEach((type, counts) -> types.add(counts.build(type)));
        return new EventReport(docs, failedDocs, textMismatches, skippedLines, errors, outOfScope, types,
                untyped.build(), arguments.build(), wrong, missed);
    }

    private void judge(EventGold gold, Article article, Event p) {
        List<GoldEvent> typed = new ArrayList<>();
        List<GoldEvent> right = new ArrayList<>();
        boolean seen = false;
        for (GoldEvent g : all(gold)) {
            if (!compatible(p, g)) continue;
            seen = true;
            if (!sameType(p, g)) continue;
            typed.add(g);
            if (g.scored()) right.add(g);
        }
        untyped.prediction(seen);
        EventReport.TypeCounts.Builder counts = counts(typeKey(p.type()));
        if (!right.isEmpty()) {
            counts.right();
            judgeArguments(gold, article, p, right);
        } else if (!typed.isEmpty()) {
            counts.dontCare();
        } else {
            counts.wrong();
            wrong.add(line(gold, p.type(), article.text().substring(p.start(), p.end()), shownSentence(p, gold.annotated())));
        }
    }

    private void judgeArguments(EventGold gold, Article article, Event p, List<GoldEvent> right) {
        arguments.actor(p.actor() != null, p.actor() != null && stands(gold, article, p.actor(), right, GoldEvent::arg0));
        arguments.target(p.target() != null,
                p.target() != null && stands(gold, article, p.target(), right, g -> join(g.arg1(), g.arg2())),
                p.target() != null && stands(gold, article, p.target(), right, GoldEvent::arg1));
        arguments.location(p.location() != null, p.location() != null && stands(gold, article, p.location(), right, GoldEvent::location));
        Set<String> times = new HashSet<>();
        for (GoldEvent g : right) if (g.time() != null) times.add(g.time());
        if (!times.isEmpty()) arguments.date(p.date() != null && times.contains(day(p.date())));
    }

    /** A predicted entity is right when one of its mentions falls on a span that stands for a gold argument of the role. */
    private static boolean stands(EventGold gold, Article article, String id, List<GoldEvent> right,
                                  Function<GoldEvent, List<GoldEvent.Argument>> role) {
        List<TextSpan> predicted = mentions(article, id);
        for (GoldEvent g : right) {
            for (GoldEvent.Argument arg : role.apply(g)) {
                for (TextSpan span : standing(gold, arg)) {
                    List<TextSpan> leftOut = preModifiers(gold, arg.entity(), span);
                    for (TextSpan m : predicted) {
                        if (m.overlaps(span) && leftOut.stream().noneMatch(l -> l.contains(m))) return true;
                    }
                }
            }
        }
        return false;
    }

    /** The argument's own span and every mention of its entity. */
    private static List<TextSpan> standing(EventGold gold, GoldEvent.Argument arg) {
        List<TextSpan> out = new ArrayList<>();
        out.add(arg.span());
        if (arg.entity() == null) return out;
        for (EventGold.EntityMention m : gold.mentions()) if (arg.entity().equals(m.entity())) out.add(m.span());
        return out;
    }

    /** Mentions of other entities nested in {@code span} as pre-modifiers ("American" in "American manufacturer GM"). */
    private static List<TextSpan> preModifiers(EventGold gold, String entity, TextSpan span) {
        List<TextSpan> out = new ArrayList<>();
        for (EventGold.EntityMention m : gold.mentions()) {
            if (m.isPreModifier() && !m.entity().equals(entity) && span.contains(m.span())) out.add(m.span());
        }
        return out;
    }

    /** The record's spans for an entity id: its entity mentions, the roles it holds, the quotes it speaks. */
    private static List<TextSpan> mentions(Article article, String id) {
        List<TextSpan> out = new ArrayList<>();
        for (Mention m : article.entities()) if (id.equals(m.id())) out.add(new TextSpan(m.start(), m.end()));
        for (RoleMention r : article.roles()) if (id.equals(r.personId())) out.add(new TextSpan(r.start(), r.end()));
        for (Quote q : article.quotes()) {
            Quote.Speaker s = q.speaker();
            if (s != null && id.equals(s.id()) && s.start() >= 0 && s.end() >= s.start()) out.add(new TextSpan(s.start(), s.end()));
        }
        return out;
    }

    static boolean inScope(Event e, TextSpan annotated) {
        if (annotated.overlaps(new TextSpan(e.start(), e.end()))) return true;
        return e.evidence().stream().anyMatch(s -> annotated.overlaps(new TextSpan(s.start(), s.end())));
    }

    static boolean compatible(Event p, GoldEvent g) {
        TextSpan trigger = new TextSpan(p.start(), p.end());
        if (trigger.overlaps(g.trigger())) return true;
        if (g.sentence().containsPosition(p.start())) return true;
        return p.evidence().stream().anyMatch(s -> g.trigger().overlaps(new TextSpan(s.start(), s.end())));
    }

    private static boolean sameType(Event p, GoldEvent g) {
        return g.type() != null && typeKey(g.type()).equals(typeKey(p.type()));
    }

    private static List<GoldEvent> all(EventGold gold) {
        List<GoldEvent> out = new ArrayList<>(gold.events());
        out.addAll(gold.others());
        return out;
    }

    private static List<GoldEvent.Argument> join(List<GoldEvent.Argument> a, List<GoldEvent.Argument> b) {
        List<GoldEvent.Argument> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The day of a date-time; a day, month or year as it is. */
    private static String day(String date) {
        int t = date.indexOf('T');
        return t < 0 ? date : date.substring(0, t);
    }

    private EventReport.TypeCounts.Builder counts(String type) {
        return byType.computeIfAbsent(type, t -> new EventReport.TypeCounts.Builder());
    }

    private static TextSpan shownSentence(Event p, TextSpan annotated) {
        for (Event.Evidence s : p.evidence()) {
            TextSpan span = new TextSpan(s.start(), s.end());
            if (annotated.overlaps(span)) return span;
        }
        return new TextSpan(p.start(), p.end());
    }

    private static String line(EventGold gold, String type, String trigger, TextSpan sentence) {
        String text = gold.article().text();
        String shown = text.substring(sentence.start(), Math.min(sentence.end(), text.length())).replaceAll("\\s+", " ").strip();
        if (shown.length() > SHOWN_TEXT) shown = shown.substring(0, SHOWN_TEXT - 1) + "…";
        return gold.article().id() + "  " + type + "  \"" + trigger + "\"  | " + shown;
    }
}
