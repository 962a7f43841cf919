package org.wirewatch.bench.corpus;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.wirewatch.bench.Utf8;

/**
 * Lays a report out the way a scraper finds it on a news page: a language switcher and section
 * name above the headline, a photo caption with its credit (sometimes in Azerbaijani, as Baku
 * outlets print them), a byline and a dateline with a view counter, then the body, then a promo,
 * share lines, the reporters' sign-off and the agency credit, and a sidebar of other headlines with
 * times and view counters that pads the page to its target size.
 */
final class PageNoise {
    /** Pages are this many UTF-8 bytes, give or take a paragraph: news-length, as the speed target states. */
    static final int MIN_BYTES = 3 * 1024;
    static final int MAX_BYTES = 5 * 1024;
    private static final int MIN_SIDEBAR = 3;
    private static final int MAX_SIDEBAR = 40;

    private final LanguagePack pack;
    private final PageWords words;

    PageNoise(LanguagePack pack) {
        this.pack = pack;
        this.words = pack.page();
    }

    /**
     * @param otherHeadline headlines of other stories in this language, for promos and the sidebar
     */
    String page(StoryText story, StoryText.Body body, LocalDateTime published, String outlet,
                SplittableRandom r, IntFunction<String> otherHeadline) {
        StringBuilder page = new StringBuilder(MAX_BYTES);
        if (r.nextInt(2) == 0) line(page, pick(r, words.switchers()));
        if (r.nextInt(5) < 2) line(page, pick(r, words.sections()));
        paragraph(page, body.title());
        if (r.nextInt(5) < 3) paragraph(page, caption(story, outlet, r));
        head(page, published, r);
        for (String p : body.paragraphs()) paragraph(page, p);
        if (r.nextInt(2) == 0) paragraph(page, words.readMore() + otherHeadline.apply(r.nextInt()));
        if (r.nextInt(5) < 3) paragraph(page, pick(r, words.shareLines()));
        if (pack.code().equals("en") && r.nextInt(2) == 0) {
            paragraph(page, "Reporting by " + pick(r, words.reporters()) + " " + story.fill("{in}")
                    + "; editing by " + pick(r, words.reporters()));
        }
        if (r.nextInt(3) == 0) paragraph(page, outlet);
        sidebar(page, published, r, otherHeadline);
        return page.toString().strip();
    }

    private String caption(StoryText story, String outlet, SplittableRandom r) {
        if (pack.code().equals("en") && r.nextInt(5) == 0) {
            // Outlets in Baku caption English stories in Azerbaijani: a paragraph in a fourth language.
            return story.fill("{a}") + " görüşdən əvvəl jurnalistlərlə danışır. Foto: " + outlet;
        }
        return story.fill("{^a} {in}") + ". " + words.photoLabel() + ": " + outlet;
    }

    /** Byline, dateline and counter, in one of the arrangements news sites use. */
    private void head(StringBuilder page, LocalDateTime published, SplittableRandom r) {
        String dateline = String.format(Locale.ROOT, "%02d-%02d-%04d, %02d:%02d", published.getDayOfMonth(),
                published.getMonthValue(), published.getYear(), published.getHour(), published.getMinute());
        String author = pick(r, words.reporters());
        if (pack.code().equals("en")) {
            String second = pick(r, words.reporters());
            line(page, second.equals(author) ? "By " + author : "By " + author + " and " + second + " |");
            paragraph(page, dateline);
        } else if (r.nextInt(2) == 0) {
            line(page, dateline + " / " + words.bylineOpener() + " " + author);
            line(page, "/");
            paragraph(page, counter(r));
        } else {
            line(page, dateline);
            paragraph(page, words.bylineOpener() + " " + author);
        }
    }

    private void sidebar(StringBuilder page, LocalDateTime published, SplittableRandom r, IntFunction<String> otherHeadline) {
        int target = MIN_BYTES + r.nextInt(MAX_BYTES - MIN_BYTES + 1);
        line(page, words.latestNews());
        LocalTime time = published.toLocalTime().plusMinutes(90);
        int size = Utf8.size(page);
        for (int i = 0; i < MAX_SIDEBAR && (i < MIN_SIDEBAR || size < target); i++) {
            time = time.minusMinutes(4 + r.nextInt(25));
            String item = String.format(Locale.ROOT, "%02d:%02d%n%s%n%s%n", time.getHour(), time.getMinute(),
                    otherHeadline.apply(r.nextInt()), counter(r)).replace("\r", "");
            page.append(item);
            size += Utf8.size(item);
        }
        line(page, words.moreNews());
    }

    /** A view counter: "845", or "2.4т" / "2.4k" for thousands. */
    private String counter(SplittableRandom r) {
        int views = 300 + r.nextInt(3000);
        return views < 1000 ? Integer.toString(views)
                : String.format(Locale.ROOT, "%.1f%s", views / 1000.0, words.thousands());
    }

    private static void line(StringBuilder page, String text) {
        page.append(text).append('\n');
    }

    private static void paragraph(StringBuilder page, String text) {
        page.append(text).append("\n\n");
    }

    private static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
