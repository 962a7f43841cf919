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
}
