package org.wirewatch.core.model;

/** A paragraph of the article text with the language identified for it alone (null if unsure). */
public record Paragraph(int start, int end, String lang) {
    public Paragraph {
        Check.isTrue(start >= 0 && start <= end, "paragraph [%d,%d)", start, end);
    }
}
