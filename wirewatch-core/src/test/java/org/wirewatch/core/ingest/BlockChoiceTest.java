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

    private String read(String body) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lemon sheet cake</title>"
                + "</head><body>" + body + "</body></html>";
        RawArticle a = CollectingSink.read(write(dir, "cake.html", page)).only();
        return a.text();
    }
}
