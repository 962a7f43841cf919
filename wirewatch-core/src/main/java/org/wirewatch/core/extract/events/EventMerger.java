package org.wirewatch.core.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirewatch.core.model.Amount;

/**
 * Co-reference of events inside one article: an event told several times ("the massive missile
 * strike by Russians on Ukrainian cities", "Russia launched a large-scale missile strike on
 * Ukraine, firing 40 missiles", "the bombardment … in Kyiv, Dnipro …") becomes one, with the
 * union of its details. Two mentions are one event when they have the same type and day, no
 * participant that differs, and share a participant (or one names none). A city and its country
 * as targets agree; the city, being more exact, is kept.
 */
final class EventMerger {
    private static final double DISTINCTIVE_COUNT = 10;

    private final ArticleContext article;

    EventMerger(ArticleContext article) {
        this.article = article;
    }

    List<Draft> merge(List<Draft> drafts) {
        List<Draft> events = new ArrayList<>();
        for (Draft d : drafts) {
            int same = indexOfSame(events, d);
            if (same < 0) events.add(d);
            else events.set(same, events.get(same).union(d, mergedTarget(events.get(same).target(), d.target())));
        }
        return events;
    }

    private int indexOfSame(List<Draft> events, Draft d) {
        for (int i = 0; i < events.size(); i++) if (same(events.get(i), d)) return i;
        return -1;
    }

    private boolean same(Draft a, Draft b) {
        if (a.type() != b.type()) return false;
        if (a.actor() != null && b.actor() != null && !a.actor().equals(b.actor())) return false;
        if (a.target() != null && b.target() != null && mergedTarget(a.target(), b.target()) == null) return false;
        if (!placesAgree(a, b)) return false;
        if (sharedAmount(a, b)) return true;
        if (!sameDay(a, b)) return false;
        if (a.date() == null || b.date() == null) return sameParticipant(a, b);
        if (!a.hasParticipants() || !b.hasParticipants()) return true;
        return Objects.equals(a.actor(), b.actor()) && a.actor() != null || a.target() != null && b.target() != null;
    }

    /** Without a day to compare, only a participant both name makes two mentions one event. */
    private static boolean sameParticipant(Draft a, Draft b) {
        if (a.actor() != null && a.actor().equals(b.actor())) return true;
        return (a.actor() == null || b.actor() == null) && a.target() != null && a.target().equals(b.target());
    }

    /** Places agree when either names none, or one place (or a place and its country) is in both. */
    private boolean placesAgree(Draft a, Draft b) {
        if (a.locations().isEmpty() || b.locations().isEmpty()) return true;
        for (String x : a.locations()) {
            for (String y : b.locations()) if (x.equals(y) || article.within(x, y) || article.within(y, x)) return true;
        }
        return false;
    }

    /**
     * "$300 million" in both: the same count of the same thing says the same event — when the count
     * is large enough not to be a coincidence ("two people" are injured in many places).
     */
    private boolean sharedAmount(Draft a, Draft b) {
        for (int i : a.amounts()) {
            Amount x = article.article().amounts().get(i);
            if (x.value() < DISTINCTIVE_COUNT) continue;
            for (int j : b.amounts()) {
                Amount y = article.article().amounts().get(j);
                if (x.value() == y.value() && Objects.equals(x.object(), y.object())) return true;
            }
        }
        return false;
    }

    /** Both give the same day, in words or by the article's date; a day only one of them names is not assumed. */
    private static boolean sameDay(Draft a, Draft b) {
        if (a.dateKey() != null && b.dateKey() != null) return a.dateKey().equals(b.dateKey());
        if (a.date() == null || b.date() == null) return a.date() == null && b.date() == null && (a.dateKey() == null) == (b.dateKey() == null);
        return a.date().equals(b.date());
    }

    /** The target two mentions agree on (the more exact of a city and its country), or null if they differ. */
    private String mergedTarget(String a, String b) {
        if (a == null) return b;
        if (b == null || a.equals(b)) return a;
        if (article.within(a, b)) return a;
        if (article.within(b, a)) return b;
        return null;
    }
}
