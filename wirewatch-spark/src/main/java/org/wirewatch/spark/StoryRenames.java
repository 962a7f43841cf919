package org.wirewatch.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Segment;

/**
 * Gives a placed article ({@link StoryColumns#PLACED}) its final story ids: window-local ids that
 * were linked to an earlier window's story are renamed, in the row and in the JSON record (the
 * article's story and each live-blog post's). Records with nothing to rename pass unparsed.
 */
final class StoryRenames implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, String>> renames;

    StoryRenames(Broadcast<Map<String, String>> renames) {
        this.renames = renames;
    }

    @Override
    public Row call(Row placed) {
        Map<String, String> names = renames.value();
        if (names.isEmpty()) return placed;
        ArticleRecords records = new ArticleRecords();
        String json = placed.getAs("json");
        Article article = records.parse(json);
        if (!touches(article, names)) return placed;
        Article renamed = renamed(article, names);
        return RowFactory.create(placed.get(0), placed.get(1), placed.get(2), placed.get(3), renamed.id(), renamed.story(),
                renamed.duplicateOf(), renamed.translationOf(), records.line(renamed));
    }

    private static boolean touches(Article a, Map<String, String> names) {
        if (a.story() != null && names.containsKey(a.story())) return true;
        return a.segments().stream().anyMatch(s -> s.story() != null && names.containsKey(s.story()));
    }

    private static Article renamed(Article a, Map<String, String> names) {
        List<Segment> segments = a.segments().stream()
                .map(s -> s.story() == null ? s : s.withStory(names.getOrDefault(s.story(), s.story())))
                .toList();
        Article withSegments = a.withSegments(segments);
        return withSegments.withStory(a.story() == null ? null : names.getOrDefault(a.story(), a.story()),
                a.duplicateOf(), a.translationOf());
    }
}
