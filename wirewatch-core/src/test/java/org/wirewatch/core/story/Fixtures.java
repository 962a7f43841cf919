package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Segment;

/**
 * Invented news (no real article text) as analysed articles: the entity ids and amounts are set by
 * hand, as the pipeline would find them, so these tests exercise the story stage alone.
 */
final class Fixtures {
    private Fixtures() {}

    /** Names and the ids every language shares. */
    static final String[][] ENTITIES = {
        {"Marrowby", "loc:marrowby"}, {"Марроуби", "loc:marrowby"},
        {"Lenna", "loc:lenna"}, {"Ленна", "loc:lenna"},
        {"Olga Tarnow", "per:tarnow"}, {"Tarnow", "per:tarnow"}, {"Ольга Тарнов", "per:tarnow"}, {"Тарнов", "per:tarnow"},
        {"Red Cross", "org:red-cross"}, {"Красный Крест", "org:red-cross"},
        {"Kessel", "loc:kessel"}, {"Кесселя", "loc:kessel"},
        {"Sorvania", "loc:sorvania"}, {"Piet Vanlo", "per:vanlo"}, {"Vanlo", "per:vanlo"}, {"Green League", "org:green-league"},
        {"Ostrava Union", "org:ostrava-union"}, {"Mira Halen", "per:halen"}, {"Halen", "per:halen"},
    };

    static final String FLOOD = "Floods hit Marrowby as the Lenna bursts its banks\n\n"
            + "Heavy rain caused the Lenna river to burst its banks in Marrowby on Tuesday, flooding 300 homes and cutting power "
            + "to the old town, minister Olga Tarnow said. The Red Cross sent 40 rescue boats to evacuate families from the "
            + "riverside streets. Tarnow promised compensation for every flooded household and said the dam near Kessel "
            + "would be inspected by engineers before the weekend. Farmers downstream moved cattle to higher ground as the "
            + "water kept rising through the night, and schools in Marrowby stayed closed.";

    static final String FLOOD_COPY = "Floods hit Marrowby as the Lenna bursts its banks\n\n"
            + "Heavy rain caused the Lenna river to burst its banks in Marrowby on Tuesday, flooding 300 homes and cutting power "
            + "to the old town, minister Olga Tarnow said. The Red Cross sent 40 rescue boats to evacuate families from the "
            + "riverside streets. Tarnow promised compensation for every flooded household and said the dam near Kessel "
            + "would be inspected by engineers before the weekend. Farmers downstream moved cattle to higher ground as the "
            + "water kept rising through the night, and schools in Marrowby stayed closed. This story has been updated.";

    static final String FLOOD_RU = "Наводнение в Марроуби: Ленна вышла из берегов\n\n"
            + "Проливные дожди во вторник заставили реку Ленна выйти из берегов в Марроуби, затопив 300 домов и оставив без "
            + "света старый город, заявила министр Ольга Тарнов. Красный Крест направил 40 спасательных лодок, чтобы "
            + "эвакуировать семьи с прибрежных улиц. Тарнов пообещала компенсацию каждому пострадавшему хозяйству и сказала, "
            + "что плотину у Кесселя до выходных проверят инженеры. Фермеры ниже по течению перегоняли скот на возвышенности, "
            + "пока вода поднималась всю ночь, а школы в Марроуби остались закрытыми.";

    /** The wire's template again, the next day: another flood, told with other numbers. */
    static final String FLOOD_AGAIN = FLOOD.replace("300 homes", "120 homes").replace("40 rescue", "15 rescue");

    static final String FLOOD_LATER = "Marrowby begins clean-up after the Lenna flood\n\n"
            + "Residents of Marrowby started clearing mud from flooded homes on Wednesday after the Lenna river burst its banks. "
            + "Minister Olga Tarnow returned to the town with Red Cross volunteers and repeated her promise of compensation for "
            + "every flooded household. Engineers inspected the dam near Kessel and said it held, while power came back to "
            + "the old town. The Red Cross said its rescue boats had evacuated families from the riverside streets overnight.";

    static final String ELECTION = "Piet Vanlo wins Sorvania election\n\n"
            + "Piet Vanlo of the Green League won the presidential election in Sorvania on Sunday with 54 percent of the vote, "
            + "the electoral commission said. Vanlo promised to cut taxes on small businesses and to build a high-speed railway "
            + "to the coast. Turnout was the highest in two decades, and his rival conceded defeat in a short speech to "
            + "supporters in the capital. Observers said the vote count was orderly.";

    static final String ELECTION_LATER = "Sorvania's Vanlo names cabinet after election win\n\n"
            + "Sorvania's president-elect Piet Vanlo named his cabinet on Monday, a day after the Green League won the "
            + "presidential election. Vanlo kept his promise to cut taxes on small businesses at the top of the programme and "
            + "said the high-speed railway to the coast would be built within his term. His defeated rival called on "
            + "supporters to accept the result of the vote.";

    static final String STRIKE = "Dock workers strike at Ostrava Union ports\n\n"
            + "Dock workers of the Ostrava Union walked out at six ports on Monday, demanding higher pay and shorter shifts, "
            + "union leader Mira Halen said. Container ships queued outside the harbours as cranes stood idle. Halen said the "
            + "strike would go on until the port authority returned to talks, and truck drivers waited for hours at the gates.";

    static Article article(String id, String lang, String published, String text) {
        String title = text.substring(0, text.indexOf('\n'));
        return Article.builder(id, text).lang(lang).title(title).source("fixture").published(published)
                .entities(mentions(text)).amounts(amounts(text)).build();
    }

    /** A live blog of the given posts, each a segment with its own title (the first line). */
    static Article liveBlog(String id, String lang, String published, String... posts) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (String post : posts) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(post);
            segments.add(new Segment(start, text.length(), post.substring(0, post.indexOf('\n'))));
        }
        Article a = article(id, lang, published, text.toString());
        return Article.builder(a.id(), a.text()).lang(a.lang()).title("Live: the day's news").source(a.source()).published(published)
                .segments(segments).entities(a.entities()).amounts(a.amounts()).build();
    }

    private static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String[] e : ENTITIES) {
            for (int at = text.indexOf(e[0]); at >= 0; at = text.indexOf(e[0], at + 1)) {
                if (taken[at]) continue;
                for (int i = at; i < at + e[0].length(); i++) taken[i] = true;
                found.add(new Mention(at, at + e[0].length(), e[0], e[1].startsWith("per") ? "PER" : e[1].startsWith("org") ? "ORG" : "LOC",
                        e[1], e[0]));
            }
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    private static List<Amount> amounts(String text) {
        List<Amount> found = new ArrayList<>();
        addAmount(found, text, "300", 300, "home");
        addAmount(found, text, "40", 40, "boat");
        addAmount(found, text, "54", 54, "percent");
        addAmount(found, text, "120", 120, "home");
        addAmount(found, text, "15", 15, "boat");
        return found;
    }

    private static void addAmount(List<Amount> found, String text, String digits, double value, String object) {
        int at = text.indexOf(digits + " ");
        if (at >= 0) found.add(new Amount(at, at + digits.length(), digits, value, object, false, null));
    }
}
