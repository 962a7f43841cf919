package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static String render(String bodyHtml) {
        return HtmlText.of(Jsoup.parseBodyFragment(bodyHtml).body());
    }

    @Test
    void rubyReadingsAreNotPartOfTheText() {
        assertEquals("新しい橋が完成しました。",
                render("<p><ruby>新<rt>あたら</rt></ruby>しい<ruby>橋<rp>(</rp><rt>はし</rt><rp>)</rp></ruby>が"
                        + "<ruby>完成<rt>かんせい</rt></ruby>しました。</p>"));
    }

    @Test
    void blocksBecomeParagraphsSeparatedByBlankLines() {
        assertEquals("Title\n\nFirst para with bold text.\n\nSecond\n\n• item one\n\n• item two",
                render("<h2>Title</h2><p>First  para\n with <b>bold</b> text.</p><div>Second</div>"
                        + "<ul><li>item one</li><li>item two</li></ul>"));
    }

    @Test
    void lineBreaksStayInsideTheirParagraph() {
        assertEquals("Line one\nLine two\n\nNext", render("<p>Line one <br> Line two</p><p>Next</p>"));
    }

    @Test
    void scriptsStylesAndNoBreakSpacesAreCleaned() {
        assertEquals("40 missiles were launched.",
                render("<p>40&nbsp;missiles <script>x()</script><style>p{}</style>were launched.</p>"));
    }

    @Test
    void preformattedTextKeepsItsSpacing() {
        assertEquals("a  b\n  c", render("<pre>a  b\n  c</pre>"));
    }

    @Test
    void aDropCapInItsOwnElementJoinsTheWordItStarts() {
        assertEquals("The harbour opened at dawn.",
                render("<p><span class=\"dropcap\">T</span> he harbour opened at dawn.</p>"));
        assertEquals("Intro.\n\nSuddenly the lights went out.",
                render("<p>Intro.</p><p>S</p><p>uddenly the lights went out.</p>"));
        assertEquals("Once the river rose, the town moved uphill.",
                render("<p><big>O</big>nce the river rose, the town moved uphill.</p>"));
    }

    @Test
    void aCapitalThatIsAWordOfItsOwnStaysApart() {
        assertEquals("A bird sang.", render("<p><b>A</b> bird sang.</p>"));
        assertEquals("A\n\n• apple", render("<h2>A</h2><ul><li>apple</li></ul>"));
        assertEquals("A\n\nSunday came.", render("<p>A</p><p>Sunday came.</p>"));
        assertEquals("I\n\n(after the cap)", render("<p><span class=\"initial\">I</span></p><p>(after the cap)</p>"));
    }
}
