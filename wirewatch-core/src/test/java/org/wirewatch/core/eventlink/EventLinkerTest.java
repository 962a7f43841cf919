package org.wirewatch.core.eventlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Event;

/**
 * Linking events across articles, on reports written here: each mention carries the happening a
 * reader would say it tells ({@code gold}); the linker must give the same grouping.
 */
class EventLinkerTest {
    private final EventLinker linker = new EventLinker(KnowledgeBases.builtIn());

    /** One event of one article, with the happening it tells. */
    record Report(String article, String lang, Event event, String gold) {
        String id() {
            return article + ":1";
        }
    }

    private static Event event(String type, String actor, String target, List<String> places, String date) {
        return new Event(type, null, 0, 1, actor, target, places.isEmpty() ? null : places.get(0), places, null, date, List.of(), List.of());
    }

    private static Report report(String article, String lang, String gold, String type, String actor, String target, List<String> places, String date) {
        return new Report(article, lang, event(type, actor, target, places, date), gold);
    }

    /** A night of drone attacks and a week of diplomacy, told by outlets in three languages. */
    static List<Report> reports() {
        return List.of(
                report("wire-en-1", "en", "odesa-strike", "ATTACK", "iso:RU", "ww:odesa", List.of("ww:odesa"), "2025-03-14"),
                report("agency-uk-1", "uk", "odesa-strike", "ATTACK", "iso:RU", "ww:odesa", List.of("ww:odesa"), "2025-03-14"),
                report("paper-ru-1", "ru", "odesa-strike", "ATTACK", "iso:RU", "iso:UA", List.of(), "2025-03-14"),
                // the next morning's paper dates the night strike by its own day
                report("paper-en-2", "en", "odesa-strike", "ATTACK", null, null, List.of("ww:odesa"), "2025-03-15"),
                // a blog without a date names the attacker and the city: which night's strike is it?
                report("blog-en-1", "en", "undated-strike", "ATTACK", "iso:RU", "ww:odesa", List.of(), null),
                // the same night, another city: another attack
                report("wire-en-3", "en", "kharkiv-strike", "ATTACK", "iso:RU", "ww:kharkiv", List.of("ww:kharkiv"), "2025-03-14"),
                report("agency-uk-3", "uk", "kharkiv-strike", "ATTACK", null, null, List.of("ww:kharkiv"), "2025-03-14"),
                // a week later, Odesa again: not the same night
                report("wire-en-4", "en", "odesa-strike-2", "ATTACK", "iso:RU", "ww:odesa", List.of("ww:odesa"), "2025-03-21"),
                // background: the invasion of February 2022, named in passing by two reports
                report("wire-en-5", "en", "invasion", "ATTACK", "iso:RU", "iso:UA", List.of(), "2022-02"),
                report("paper-ru-5", "ru", "invasion", "ATTACK", "iso:RU", "iso:UA", List.of(), "2022-02"),
                // an undated report of an attack by Russia is not the 2022 invasion
                report("blog-en-6", "en", "kyiv-strike", "ATTACK", "iso:RU", "ww:kyiv", List.of("ww:kyiv"), null),
                // ministers meet in Vienna; the Russian report names the host city only
                report("wire-en-7", "en", "vienna-meeting", "MEET", "ww:sybiha", "ww:meinl-reisinger", List.of("ww:vienna"), "2025-03-14"),
                report("paper-ru-7", "ru", "vienna-meeting", "MEET", "ww:sybiha", null, List.of("ww:vienna"), "2025-03-14"),
                report("agency-uk-7", "uk", "vienna-meeting", "MEET", "ww:meinl-reisinger", "ww:sybiha", List.of(), "2025-03-14"),
                // an undated report of the same two meeting: a meeting is not repeated nightly
                report("blog-en-7", "en", "vienna-meeting", "MEET", "ww:sybiha", "ww:meinl-reisinger", List.of(), null),
                // the same two meet again three days later: another meeting
                report("wire-en-8", "en", "istanbul-meeting", "MEET", "ww:sybiha", "ww:meinl-reisinger", List.of("ww:istanbul"), "2025-03-17"),
                // another type on the same day is another event
                report("wire-en-9", "en", "odesa-intercept", "INTERCEPT", "iso:UA", null, List.of("ww:odesa"), "2025-03-14"),
                report("agency-uk-9", "uk", "odesa-intercept", "INTERCEPT", "iso:UA", null, List.of(), "2025-03-14"),
                // nothing shared but the type and the day: a sanction by another actor
                report("wire-en-10", "en", "sanction-eu", "SANCTION", "ww:eu", "iso:IR", List.of(), "2025-03-14"),
                report("wire-en-11", "en", "sanction-us", "SANCTION", "iso:US", "iso:IR", List.of(), "2025-03-14"));
    }

    private List<LinkedEvent<Report>> link(List<Report> reports) {
        return linker.link(reports, Report::event, Report::article, Report::id);
    }

    @Test
    void reportsOfOneHappeningInThreeLanguagesBecomeOneEventWithTheirMentions() {
        List<LinkedEvent<Report>> linked = link(reports());
        LinkedEvent<Report> strike = linked.stream().filter(e -> e.mentions().get(0).gold().equals("odesa-strike")).findFirst().orElseThrow();
        assertEquals(List.of("wire-en-1", "agency-uk-1", "paper-ru-1", "paper-en-2"),
                strike.mentions().stream().map(Report::article).toList());
        assertEquals("iso:RU", strike.actor());
        assertEquals("ww:odesa", strike.target(), "the city is more exact than its country");
        assertEquals("2025-03-14", strike.date(), "the day most reports give");
        assertEquals("wire-en-1:1", strike.id());
    }

    @Test
    void everyHappeningIsOneEventAndNoTwoHappeningsShareOne() {
        List<LinkedEvent<Report>> linked = link(reports());
        Map<String, String> eventOfGold = new HashMap<>();
        for (LinkedEvent<Report> e : linked) {
            String gold = e.mentions().get(0).gold();
            for (Report r : e.mentions()) assertEquals(gold, r.gold(), "mixed into " + e);
            assertEquals(null, eventOfGold.put(gold, e.id()), "split: " + gold);
        }
        assertEquals(11, linked.size());
    }

    @Test
    void aMeetingToldEitherWayRoundKeepsBothParticipants() {
        List<Report> meeting = List.of(
                report("uk", "uk", "m", "MEET", "ww:sybiha", "ww:blinken", List.of("ww:brussels"), "2024-11-13"),
                report("ru", "ru", "m", "MEET", "ww:blinken", "ww:sybiha", List.of("ww:brussels"), "2024-11-13"),
                report("en", "en", "m", "MEET", "ww:blinken", "ww:sybiha", List.of("ww:brussels"), "2024-11-13"));
        List<LinkedEvent<Report>> linked = link(meeting);
        assertEquals(1, linked.size());
        assertEquals("ww:blinken", linked.get(0).actor());
        assertEquals("ww:sybiha", linked.get(0).target());
    }

    @Test
    void anUndatedReportDoesNotJoinAMonthNamedAsBackground() {
        List<LinkedEvent<Report>> linked = link(reports());
        LinkedEvent<Report> invasion = linked.stream().filter(e -> e.mentions().get(0).gold().equals("invasion")).findFirst().orElseThrow();
        assertEquals(2, invasion.mentions().size());
        assertEquals("2022-02", invasion.date());
    }

    @Test
    void mentionsTheArticleKeptApartStayApart() {
        List<Report> two = List.of(
                report("one", "en", "a", "ATTACK", "iso:RU", "ww:odesa", List.of("ww:odesa"), "2025-03-14"),
                new Report("one", "en", event("ATTACK", "iso:RU", null, List.of(), "2025-03-14"), "b"));
        assertEquals(2, link(two).size());
    }

    @Test
    void daysAgreeWithinTheWindowAndAMonthWithItsDays() {
        assertTrue(linker.daysAgree("2025-03-14", "2025-03-15"));
        assertTrue(!linker.daysAgree("2025-03-14", "2025-03-16"));
        assertTrue(linker.daysAgree("2025-03", "2025-03-16"));
        assertTrue(!linker.daysAgree("2025-02", "2025-03-16"));
        assertTrue(!linker.daysAgree("2025", "2025-03-16"));
        assertTrue(new EventLinker(KnowledgeBases.builtIn(), 0).same(
                event("MEET", "a", "b", List.of(), "2025-03-14"), event("MEET", "a", "b", List.of(), "2025-03-14T10:00")));
    }

    /** Pairwise precision and recall of the linking over the written reports (printed for the docs). */
    @Test
    void pairwiseScoreOnTheWrittenReports() {
        List<Report> reports = reports();
        Map<String, String> predicted = new HashMap<>();
        for (LinkedEvent<Report> e : link(reports)) for (Report r : e.mentions()) predicted.put(r.id(), e.id());
        int right = 0;
        int linkedPairs = 0;
        int goldPairs = 0;
        List<Report> all = new ArrayList<>(reports);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                boolean gold = all.get(i).gold().equals(all.get(j).gold());
                boolean link = predicted.get(all.get(i).id()).equals(predicted.get(all.get(j).id()));
                if (gold) goldPairs++;
                if (link) linkedPairs++;
                if (gold && link) right++;
            }
        }
        System.out.printf("event linking, written reports: pairs P %d/%d R %d/%d%n", right, linkedPairs, right, goldPairs);
        assertEquals(goldPairs, right);
        assertEquals(linkedPairs, right);
    }
}
