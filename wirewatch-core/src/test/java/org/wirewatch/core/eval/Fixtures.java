package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;

/** Builders for the invented fixtures the evaluation tests write into their temp directories. */
final class Fixtures {
    private Fixtures() {}

    static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The analysed form of a gold article, with the given facts and nothing else. */
    static Article article(RawArticle raw, List<Mention> entities, List<DateMention> dates, String story) {
        return Article.builder(raw.id(), raw.text()).lang(raw.lang()).title(raw.title()).published(raw.published())
                .entities(entities).dates(dates).story(story).build();
    }

    static Mention mention(int start, int end, String type) {
        return new Mention(start, end, null, type, null, null);
    }

    /** A mention located by its first occurrence in {@code text}, so fixtures need no hand-counted offsets. */
    static Mention mention(String text, String surface, String type) {
        int start = text.indexOf(surface);
        if (start < 0) throw new IllegalArgumentException(surface + " not in fixture text");
        return mention(start, start + surface.length(), type);
    }

    static DateMention date(String text, String surface, String value) {
        int start = text.indexOf(surface);
        if (start < 0) throw new IllegalArgumentException(surface + " not in fixture text");
        return new DateMention(start, start + surface.length(), surface, value);
    }
}
