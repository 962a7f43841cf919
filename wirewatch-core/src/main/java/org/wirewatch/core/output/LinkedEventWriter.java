package org.wirewatch.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
import org.wirewatch.core.model.Article;

/**
 * Gathers the event reports of every article and writes them when the export closes, linked
 * across articles: a later article may report an event again, so no row is final before the end.
 */
final class LinkedEventWriter implements ExportWriter {
    /** Writes the rows of one linked event. */
    @FunctionalInterface
    interface Rows {
        void write(LinkedEvent<ReportedEvent> event, Writer out) throws IOException;
    }

    private final List<ReportedEvent> reports = new ArrayList<>();
    private final Writer out;
    private final EventLinker linker;
    private final Rows rows;

    LinkedEventWriter(Writer out, EventLinker linker, Rows rows) {
        this.out = out;
        this.linker = linker;
        this.rows = rows;
    }

    @Override
    public void write(Article article) {
        reports.addAll(ReportedEvent.of(article));
    }

    @Override
    public void close() throws IOException {
        for (LinkedEvent<ReportedEvent> e : ReportedEvent.link(reports, linker)) rows.write(e, out);
        out.flush();
    }
}
