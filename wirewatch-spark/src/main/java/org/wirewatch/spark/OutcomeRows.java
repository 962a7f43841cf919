package org.wirewatch.spark;

import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Tone;
import org.wirewatch.core.model.Quote;

/** Builds rows of {@link OutcomeSchema#OUTCOME}: values in the schema's field order, lists as arrays (Spark's row encoder takes arrays or Scala sequences). */
final class OutcomeRows {
    private OutcomeRows() {}

    static Row error(String file, String record, String stage, String reason) {
        return RowFactory.create(null, RowFactory.create(file, record, stage, reason));
    }

    static Row article(Article a, String json, String file, String record) {
        Row article = RowFactory.create(a.id(), a.lang(), a.title(), a.source(), a.url(), a.authors().toArray(String[]::new),
                a.published(), a.publishedInferred(), a.text(), file, record,
                tone(a, Tone::tone), tone(a, Tone::positive), tone(a, Tone::negative), tone(a, Tone::polarity),
                a.tone() == null ? null : a.tone().words(), a.categories().stream().map(Category::id).toArray(String[]::new), json,
                a.entities().stream().map(OutcomeRows::entity).toArray(Row[]::new),
                a.quotes().stream().map(OutcomeRows::quote).toArray(Row[]::new),
                indexed(a.events(), OutcomeRows::event),
                indexed(a.amounts(), OutcomeRows::amount));
        return RowFactory.create(article, null);
    }

    /** One of the article's tone figures; null when its language has no tone. */
    private static Double tone(Article a, java.util.function.ToDoubleFunction<Tone> figure) {
        return a.tone() == null ? null : figure.applyAsDouble(a.tone());
    }

    private static Row entity(Mention m) {
        return RowFactory.create(m.start(), m.end(), m.text(), m.type(), m.id(), m.name(), m.sentiment(), m.sentimentScore(),
                m.lat(), m.lon(), m.country());
    }

    private static Row quote(Quote q) {
        Quote.Speaker s = q.speaker();
        return RowFactory.create(q.start(), q.end(), q.text(), q.direct(), q.cue(),
                s == null ? null : s.id(), s == null ? null : s.name(),
                s == null ? null : s.start(), s == null ? null : s.end());
    }

    /** An event's {@code amounts} are indexes into the article's amounts, hence the amount index column. */
    private static Row event(int index, Event e) {
        return RowFactory.create(index, e.type(), e.cameo(), e.start(), e.end(), e.actor(), e.target(),
                e.location(), e.date(), e.amounts().toArray(Integer[]::new));
    }

    private static Row amount(int index, Amount a) {
        return RowFactory.create(index, a.start(), a.end(), a.text(), a.value(), a.object(), a.approximate(), a.count());
    }

    private static <T> Row[] indexed(List<T> items, BiFunction<Integer, T, Row> toRow) {
        Row[] rows = new Row[items.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = toRow.apply(i, items.get(i));
        return rows;
    }
}
