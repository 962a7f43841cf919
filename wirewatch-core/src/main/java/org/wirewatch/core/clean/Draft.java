package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one {@link TextCleaner#clean} call: the lines, what each turned out to
 * be, and the metadata read so far. Created per call and never shared, so the cleaner itself
 * holds no per-call state.
 */
final class Draft {
    final List<Line> lines;
    final LineKind[] kinds;
    private final List<String> authors = new ArrayList<>();
    private String published;
    private String source;
    private int title = -1;

    Draft(List<Line> lines) {
        this.lines = lines;
        this.kinds = new LineKind[lines.size()];
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }

    boolean isContent(int i) {
        return kinds[i] == LineKind.CONTENT;
    }

    /** Index of the first content line at or after {@code from} that is running text; size() if none. */
    int firstProse(int from) {
        for (int i = Math.max(0, from); i < size(); i++) if (isContent(i) && line(i).isProse()) return i;
        return size();
    }

    /** Index of the last content line that is running text; -1 if none. */
    int lastProse() {
        for (int i = size() - 1; i >= 0; i--) if (isContent(i) && line(i).isProse()) return i;
        return -1;
    }

    void addAuthors(List<String> names) {
        for (String name : names) if (!authors.contains(name)) authors.add(name);
    }

    List<String> authors() {
        return List.copyOf(authors);
    }

    String published() {
        return published;
    }

    void published(String iso) {
        if (published == null) published = iso;
    }

    String source() {
        return source;
    }

    void source(String credit) {
        if (source == null) source = credit;
    }

    int title() {
        return title;
    }

    void title(int index) {
        title = index;
    }
}
