package org.wirewatch.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.story.StoryBatch;
import scala.Tuple2;

/**
 * Clusters one time window with the embedded engine's batch algorithm ({@link StoryBatch}), on
 * the executor's shared models. Input rows: {@link StoryColumns#INPUT}; output rows:
 * {@link StoryColumns#PLACED}. Story ids are made unique across windows by prefixing the window
 * ("2024-11-13/story-000004"); they are linked across windows afterwards ({@link StoryLinks}).
 * A window is held in memory whole while it is clustered: its size bounds executor memory.
 */
final class WindowClustering implements FlatMapFunction<Tuple2<Long, Iterable<Row>>, Row> {
    private static final long serialVersionUID = 1L;

    private final StoryWindowSpec spec;

    WindowClustering(StoryWindowSpec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<Row> call(Tuple2<Long, Iterable<Row>> window) {
        ArticleRecords records = new ArticleRecords();
        List<Row> rows = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Row row : window._2()) {
            rows.add(row);
            articles.add(records.parse(row.getString(StoryColumns.JSON)));
        }
        String prefix = spec.label(window._1()) + "/";
        List<Article> placed = ExecutorPipelines.stories().assign(articles).articles();
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Article a = prefixed(placed.get(i), prefix);
            Row in = rows.get(i);
            out.add(RowFactory.create(window._1(), in.getBoolean(StoryColumns.OWN), in.getString(StoryColumns.FILE),
                    in.getString(StoryColumns.RECORD), a.id(), a.story(), a.duplicateOf(), a.translationOf(), records.line(a)));
        }
        return out.iterator();
    }

    private static Article prefixed(Article a, String prefix) {
        List<Segment> segments = a.segments().stream()
                .map(s -> s.story() == null ? s : s.withStory(prefix + s.story()))
                .toList();
        Article withSegments = a.withSegments(segments);
        return withSegments.withStory(a.story() == null ? null : prefix + a.story(), a.duplicateOf(), a.translationOf());
    }
}
