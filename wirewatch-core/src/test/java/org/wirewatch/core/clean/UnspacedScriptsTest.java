package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chinese and Japanese paragraphs (written for this test) have no spaces and end in 。: they are prose too. */
class UnspacedScriptsTest {
    private final TextCleaner cleaner = new TextCleaner();

    static final String ZH_1 = "市政府周二宣布，新建的跨江大桥将于下个月正式通车，预计每天可以分流三万辆汽车。";
    static final String ZH_2 = "据介绍，大桥全长两千米，施工历时三年，总投资约四十亿元。";
    static final String ZH_3 = "不少市民表示，大桥通车后上下班的时间可以缩短一半。";
    static final String JA_1 = "市役所は火曜日、川に架かる新しい橋を来月から通行できるようにすると発表しました。";
    static final String JA_2 = "橋の長さは二キロで、工事には三年かかりました。";
    static final String JA_3 = "近くに住む人たちは「通勤がずっと楽になる」と話しています。";

    @Test
    void chineseParagraphsEndingInAFullStopAreKept() {
        String text = cleaner.clean("跨江大桥下月通车\n\n" + ZH_1 + "\n\n" + ZH_2 + "\n\n" + ZH_3 + "\n\n分享到：微信 微博").text();

        assertTrue(text.contains(ZH_1) && text.contains(ZH_2) && text.contains(ZH_3), text);
    }

    @Test
    void japaneseParagraphsAreKeptAndAQuoteClosingTheLineStillEndsIt() {
        String text = cleaner.clean("新しい橋、来月から通行へ\n\n" + JA_1 + "\n\n" + JA_2 + "\n\n" + JA_3).text();

        assertTrue(text.contains(JA_1) && text.contains(JA_2) && text.contains(JA_3), text);
    }

    @Test
    void anUnspacedSentenceWeighsAsManyWordsAsItHas() {
        assertTrue(Lines.countWords(ZH_1) >= 15, "a 40-character sentence is not one word");
        assertTrue(LineShape.endsSentence(JA_3));
    }
}
