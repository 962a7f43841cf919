package org.wirewatch.core.pipeline;

import java.util.List;

/** The text later stages work on, with the metadata known so far (input fields win over text clues). */
record PreparedText(String text, String title, List<String> authors, String published, String source) {
    PreparedText {
        authors = List.copyOf(authors);
    }
}
