package org.wirewatch.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.wirewatch.core.model.SourceRef;

/**
 * One page of a main-text extraction gold file: the page (a file relative to the gold file's
 * folder, usually gzipped HTML), and snippets the extracted body must and must not contain.
 *
 * @param id      the record id the reader gives the page (its file name without ".gz" and one extension)
 * @param file    the page, relative to the folder of the gold file
 * @param with    snippets the main text must contain
 * @param without snippets (menus, teasers, footers, …) it must not contain
 */
record ExtractionGold(String id, String file, String url, String lang, List<String> with, List<String> without) {

    ExtractionGold {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    static ExtractionGold parse(JsonNode line, SourceRef where) {
        String id = JsonFields.requiredText(line, "id");
        String file = JsonFields.requiredText(line, "file");
        JsonNode with = JsonFields.array(line, "with");
        JsonNode without = JsonFields.array(line, "without");
        if (with == null && without == null) throw new GoldFormatException("needs \"with\" or \"without\" snippets");
        return new ExtractionGold(id, file, JsonFields.text(line, "url"), JsonFields.text(line, "lang"),
                with == null ? List.of() : JsonFields.strings(with, "\"with\""),
                without == null ? List.of() : JsonFields.strings(without, "\"without\""));
    }
}
