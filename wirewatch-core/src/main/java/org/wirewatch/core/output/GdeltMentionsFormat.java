package org.wirewatch.core.output;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.model.Event;

/**
 * GDELT 2.0 Mentions table rows: 16 tab-separated columns, no header, one row per report of a
 * happening in an article, under the GLOBALEVENTID of the happening's row in
 * {@link GdeltEventsFormat} (the same linking over the same articles gives the same ids). Offsets are
 * UTF-16 offsets into the analysed text, like every offset in Wirewatch. SentenceID and Confidence
 * are left empty: Wirewatch keeps the sentence as offsets (in Extras) and has no calibrated
 * confidence to give.
 */
public final class GdeltMentionsFormat implements ExportFormat {
    /** The GDELT 2.0 Mentions table columns, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private final EventLinker linker;

    public GdeltMentionsFormat(EventLinker linker) {
        this.linker = linker;
    }

    /** Links with the built-in knowledge base, as {@link GdeltEventsFormat#GdeltEventsFormat()} does. */
    public GdeltMentionsFormat() {
        this(new EventLinker(KnowledgeBases.builtIn()));
    }

    @Override
    public String name() {
        return "gdelt-mentions";
    }

    @Override
    public ExportWriter open(Writer out) {
        return new LinkedEventWriter(out, linker, (e, w) -> {
            String added = GdeltEventsFormat.dateAdded(e);
            for (ReportedEvent m : e.mentions()) w.write(TsvFields.join(row(e.id(), added, m)));
        });
    }

    /** The row of one report, {@link #COLUMNS} long. */
    static List<String> row(String eventId, String eventAdded, ReportedEvent m) {
        List<String> row = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        Event e = m.event();
        set(row, "GLOBALEVENTID", eventId);
        set(row, "EventTimeDate", eventAdded);
        set(row, "MentionTimeDate", timestamp(m.published()));
        set(row, "MentionType", "1");
        set(row, "MentionSourceName", TsvFields.clean(m.source(), ""));
        set(row, "MentionIdentifier", TsvFields.clean(m.url() != null ? m.url() : m.articleId(), ""));
        set(row, "Actor1CharOffset", String.valueOf(m.actorOffset()));
        set(row, "Actor2CharOffset", String.valueOf(m.targetOffset()));
        set(row, "ActionCharOffset", String.valueOf(e.start()));
        set(row, "InRawText", "1");
        set(row, "MentionDocLen", String.valueOf(m.textLength()));
        if (m.tone() != null) set(row, "MentionDocTone", TsvFields.number(m.tone()));
        set(row, "MentionDocTranslationInfo", m.lang() == null || m.lang().equals("en") ? "" : "srclc:" + m.lang());
        if (!e.evidence().isEmpty()) {
            set(row, "Extras", "<SENTENCE>" + e.evidence().get(0).start() + "-" + e.evidence().get(0).end() + "</SENTENCE>");
        }
        return row;
    }

    /** "2025-03-14T09:40" → "20250314094000"; a day alone gets 000000; empty when unknown. */
    private static String timestamp(String published) {
        String day = TsvFields.sqlDate(published);
        if (day.isEmpty()) return "";
        String digits = published.length() > 10 ? published.substring(11, Math.min(published.length(), 19)).replace(":", "").replaceAll("\\D.*$", "") : "";
        return day + (digits + "000000").substring(0, 6);
    }

    private static void set(List<String> row, String column, String value) {
        row.set(COLUMNS.indexOf(column), value == null ? "" : value);
    }
}
