package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.ingest.Fixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.RawArticle;

/** Pages written for these tests, where the body is not the one block with the most scored paragraphs. */
class BlockChoiceTest {
    static final String INTRO = "Every winter the bakers of the valley make this lemon sheet cake for the village "
            + "fair, and every winter somebody asks for the recipe, so here it is, written down at last.";
    static final String METHOD = "Beat the butter with the sugar until pale, add the eggs one by one, then fold in "
            + "the flour, the zest of three lemons and a pinch of salt, and spread the batter on the tray.";
    static final String BAKE = "Bake for thirty minutes in a moderate oven, until a skewer comes out clean, and "
            + "pour the warm lemon syrup over the cake while it is still on the tray, so it soaks in.";
    static final String SERVE = "Let it cool completely before cutting it into squares; it keeps for three days "
            + "in a tin, and it tastes even better on the second day, when the syrup has settled.";

    @TempDir
    Path dir;

    @Test
    void anIntroAndAMethodInSeparateColumnsAreBothTheBody() {
        String text = read("""
                <div class="page"><div class="column"><div class="part">
                  <p>%s</p>
                  <p>Ingredients, for one tray: four eggs, two hundred grams of butter, two hundred grams
                  of sugar, three lemons, a pinch of salt, and the flour, weighed as you like it best.</p>
                </div></div>
                <div class="column"><div class="part"><p>%s</p><p>%s</p><p>%s</p></div></div></div>
                <div class="menu"><a href="/a">Cakes</a> <a href="/b">Breads</a> <a href="/c">Pies</a>
                  <a href="/d">Tarts</a> <a href="/e">Biscuits with a long name to make the menu heavy</a></div>
                """.formatted(INTRO, METHOD, BAKE, SERVE));

        assertTrue(text.contains(INTRO), text);
        assertTrue(text.contains(METHOD) && text.contains(BAKE) && text.contains(SERVE), text);
        assertFalse(text.contains("Biscuits"), text);
    }

    @Test
    void aLongListOfShortCommaSeparatedLinesDoesNotWinOverTheLetter() {
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= 60; i++) names.append("<p>Baker number ").append(i).append(", Valley Guild of Bakers</p>");
        String text = read("""
                <div class="letter"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="signed">%s</div>
                """.formatted(INTRO, METHOD, BAKE, SERVE, names));

        assertTrue(text.contains(INTRO) && text.contains(METHOD) && text.contains(BAKE) && text.contains(SERVE), text);
    }

    @Test
    void theLeadBetweenTheHeadlineAndTheBodyIsKeptButTheBylineIsNot() {
        String lead = "The village fair is back after three years, and with it the lemon sheet cake that everyone "
                + "in the valley has been asking about since the last one was sold out by noon.";
        String text = read("""
                <div class="site"><a href="/">Valley Bakers</a></div>
                <article><div class="head"><h1>Lemon sheet cake</h1>
                  <div class="meta"><span>By Ann Miller</span> <span>3 May</span></div>
                  <div class="intro"><p>%s</p></div></div>
                <div class="grid"><div class="col"><div class="text">
                  <p>%s</p><p>%s</p><p>%s</p><p>%s</p></div></div></div></article>
                <div class="teasers"><a href="/x">More cakes from the valley</a></div>
                """.formatted(lead, INTRO, METHOD, BAKE, SERVE));

        assertTrue(text.contains(lead), text);
        assertTrue(text.indexOf(lead) < text.indexOf(INTRO), "the lead comes first: " + text);
        assertTrue(text.contains(SERVE), text);
        assertFalse(text.contains("Ann Miller"), text);
    }

    @Test
    void prosePartsBesideThePickedBlockJoinItButATeaserAfterAHeadingDoesNot() {
        String more = "If you want a softer crumb, replace a third of the butter with yoghurt, and let the batter "
                + "rest for ten minutes before it goes into the oven, covered with a clean cloth.";
        String teaser = "Our apple pie recipe comes from the same kitchen and needs only six apples, some "
                + "cinnamon and a very patient baker who does not open the oven door too early.";
        String text = read("""
                <div class="page"><div class="story">
                  <div class="a"><div class="b"><div class="c"><p>%s</p></div></div></div>
                  <div class="text"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                  <div class="a"><div class="b"><div class="c"><p>%s</p></div></div></div>
                  <div class="a"><div class="b"><h3>Apple pie</h3><p>%s</p></div></div>
                </div></div>
                """.formatted(INTRO, METHOD, BAKE, SERVE, BAKE.replace("thirty", "forty"), more, teaser));

        assertTrue(text.contains(INTRO) && text.contains(more), text);
        assertTrue(text.contains(METHOD) && text.contains(SERVE), text);
        assertFalse(text.contains("Our apple pie recipe"), text);
    }

    @Test
    void aParagraphThatIsOneLinkToAnotherArticleIsLeftOutButALinkInASentenceStays() {
        String linked = "The syrup is the same as in our <a href=\"/tart\">lemon tart</a>, only with less sugar.";
        String text = read("""
                <article><h1>Lemon sheet cake</h1><div class="text">
                  <p>%s</p><p>%s</p>
                  <p>From the same oven → <a href="/pie">Six apples and a patient baker: the valley's apple pie</a></p>
                  <p>%s</p><p>%s</p><p>%s</p></div></article>
                """.formatted(INTRO, METHOD, linked, BAKE, SERVE));

        assertFalse(text.contains("patient baker"), text);
        assertTrue(text.contains("The syrup is the same as in our lemon tart, only with less sugar."), text);
        assertTrue(text.contains(INTRO) && text.contains(SERVE), text);
    }

    private String read(String body) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lemon sheet cake</title>"
                + "</head><body>" + body + "</body></html>";
        RawArticle a = CollectingSink.read(write(dir, "cake.html", page)).only();
        return a.text();
    }
}
