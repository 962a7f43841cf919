package org.wirewatch.core.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** Events of invented news sentences (written for these tests) through the whole pipeline. */
class EventExtractorTest {
    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));

    private static Article analyse(String lang, String text) {
        RawArticle raw = RawArticle.ofText("fixture", text, SourceRef.of("fixture.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), raw.url(), lang, "2025-03-14", raw.source(), raw.authors(),
                raw.origin(), raw.markup(), raw.issues());
        return PIPELINE.analyze(raw);
    }

    private static List<Event> events(String lang, String text, String type) {
        return analyse(lang, text).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void an_english_strike_with_its_actor_target_place_date_and_missiles() {
        Article a = analyse("en", "On March 12, Russia launched a missile strike on Ukraine, firing 12 missiles at Odesa.");
        List<Event> attacks = a.events().stream().filter(e -> e.type().equals("ATTACK")).toList();
        assertEquals(1, attacks.size(), attacks::toString);
        assertEquals("iso:RU", attacks.get(0).actor());
        assertEquals("iso:UA", attacks.get(0).target());
        assertEquals("2025-03-12", attacks.get(0).date());
        assertEquals(1, attacks.get(0).amounts().size());
        assertEquals("missile", a.amounts().get(attacks.get(0).amounts().get(0)).object());
    }

    @Test
    void a_negated_attack_is_no_attack() {
        assertEquals(List.of(), events("en", "\"We don't support attacks on Russian soil,\" the minister told Poland's press.", "ATTACK"));
        assertEquals(List.of(), events("ru", "Россия не наносила удар по Киеву, заявили в Москве.", "ATTACK"));
        assertEquals(List.of(), events("uk", "Росія не завдала удару по Києву, заявили в Москві.", "ATTACK"));
    }

    @Test
    void a_possible_or_planned_attack_is_no_attack() {
        assertEquals(List.of(), events("en", "Officials believe Russia might attack Kyiv again soon.", "ATTACK"));
        assertEquals(List.of(), events("ru", "Россия может нанести удар по Киеву.", "ATTACK"));
    }

    @Test
    void will_send_is_a_pledge_and_sent_is_a_delivery() {
        List<Event> pledge = events("en", "Germany will send $500 million in weapons to Ukraine.", "AID_PLEDGE");
        assertEquals(1, pledge.size(), pledge::toString);
        assertEquals("iso:DE", pledge.get(0).actor());
        assertEquals("iso:UA", pledge.get(0).target());
        assertEquals(List.of(), events("en", "Germany will send $500 million in weapons to Ukraine.", "AID_DELIVERY"));
        List<Event> delivery = events("en", "Germany sent 20 tanks to Ukraine last week.", "AID_DELIVERY");
        assertEquals(1, delivery.size(), delivery::toString);
        assertEquals("iso:DE", delivery.get(0).actor());
    }

    @Test
    void the_passive_takes_its_actor_from_the_by_phrase() {
        List<Event> intercepts = events("en", "Eight drones were shot down over Kharkiv by Ukrainian forces.", "INTERCEPT");
        assertEquals(1, intercepts.size(), intercepts::toString);
        assertEquals("iso:UA", intercepts.get(0).actor());
        assertTrue(intercepts.get(0).locations().contains("ww:kharkiv"), intercepts::toString);
    }

    @Test
    void russian_and_ukrainian_strikes_by_lemma_with_their_targets() {
        List<Event> ru = events("ru", "Россия нанесла удар по Киеву.", "ATTACK");
        assertEquals(1, ru.size(), ru::toString);
        assertEquals("iso:RU", ru.get(0).actor());
        assertEquals("ww:kyiv", ru.get(0).target());
        List<Event> uk = events("uk", "Вночі Росія завдала ракетного удару по Києву.", "ATTACK");
        assertEquals(1, uk.size(), uk::toString);
        assertEquals("iso:RU", uk.get(0).actor());
        assertEquals("ww:kyiv", uk.get(0).target());
    }

    @Test
    void a_reported_claim_keeps_its_source() {
        List<Event> attacks = events("en", "Russia shelled Kharkiv overnight, according to Oleh Syniehubov.", "ATTACK");
        assertEquals(1, attacks.size(), attacks::toString);
        assertEquals("iso:RU", attacks.get(0).actor());
        assertTrue(attacks.get(0).source() != null, attacks::toString);
    }

    @Test
    void one_strike_told_twice_is_one_event_with_the_details_of_both() {
        List<Event> attacks = events("en", "Russia launched a massive missile attack on Ukraine on March 12. "
                + "The attack on Ukraine damaged buildings in Lviv and Odesa on March 12, and Russia fired 30 missiles in the attack.", "ATTACK");
        assertEquals(1, attacks.size(), attacks::toString);
        assertEquals(2, attacks.get(0).evidence().size());
    }

    @Test
    void ukrainian_future_giving_is_a_pledge_past_giving_a_delivery_to_the_dative_recipient() {
        List<Event> delivered = events("uk", "Німеччина передала Україні 20 танків.", "AID_DELIVERY");
        assertEquals(1, delivered.size(), delivered::toString);
        assertEquals("iso:DE", delivered.get(0).actor());
        assertEquals("iso:UA", delivered.get(0).target());
        assertEquals(List.of(), events("uk", "Німеччина передасть Україні 20 танків.", "AID_DELIVERY"));
        assertEquals(1, events("uk", "Німеччина передасть Україні 20 танків.", "AID_PLEDGE").size());
    }

    @Test
    void russian_passive_interception_over_a_city_and_a_condemnation_of_the_attacker() {
        List<Event> intercepts = events("ru", "Над Киевом были сбиты 10 ракет.", "INTERCEPT");
        assertEquals(1, intercepts.size(), intercepts::toString);
        assertEquals(List.of("ww:kyiv"), intercepts.get(0).locations());
        List<Event> condemn = events("ru", "Генсек НАТО Марк Рютте осудил удар России по Одессе.", "CONDEMN");
        assertEquals(1, condemn.size(), condemn::toString);
        assertEquals("ww:rutte", condemn.get(0).actor());
        assertEquals("iso:RU", condemn.get(0).target());
    }

    @Test
    void a_meeting_in_russian_with_its_place() {
        List<Event> meet = events("ru", "Зеленский встретился с Макроном в Париже.", "MEET");
        assertEquals(1, meet.size(), meet::toString);
        assertEquals("ww:zelensky", meet.get(0).actor());
        assertEquals("ww:macron", meet.get(0).target());
        assertEquals(List.of("ww:paris"), meet.get(0).locations());
    }

    @Test
    void two_people_who_met_are_actor_and_target() {
        List<Event> meet = events("en", "French President Emmanuel Macron and Ukrainian President Volodymyr Zelensky met in Geneva on Tuesday.", "MEET");
        assertEquals(1, meet.size(), meet::toString);
        assertEquals("ww:macron", meet.get(0).actor());
        assertEquals("ww:zelensky", meet.get(0).target());
        assertEquals(List.of("ww:geneva"), meet.get(0).locations());
    }

    @Test
    void the_dead_of_an_attack_are_where_the_attack_was_and_a_meeting_of_nobody_named_is_no_event() {
        Article a = analyse("en", "Russian forces attacked Dnipro overnight with 40 drones, killing 12 people.");
        Event casualties = a.events().stream().filter(e -> e.type().equals("CASUALTIES")).findFirst().orElseThrow(() -> new AssertionError(a.events()));
        assertEquals(List.of("ww:dnipro"), casualties.locations());
        assertEquals("KILL", a.amounts().get(casualties.amounts().get(0)).count());
        assertEquals(List.of(), events("en", "Officials in Brussels said the meeting was useful.", "MEET"));
    }
}
