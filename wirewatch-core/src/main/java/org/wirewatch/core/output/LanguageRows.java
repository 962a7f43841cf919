package org.wirewatch.core.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.pipeline.LanguageSupport;

/**
 * The language table as JSON rows, the same for {@code wirewatch languages --json} and
 * {@code /api/languages}: {@code {"code": "uk", "name": "Ukrainian", "stages": {"entities": "full", …}}}.
 */
public final class LanguageRows {
    private LanguageRows() {}

    public static List<Map<String, Object>> of(List<LanguageSupport> table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LanguageSupport s : table) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", s.language().code());
            row.put("name", s.language().englishName());
            Map<String, String> stages = new LinkedHashMap<>();
            s.stages().forEach((stage, level) -> stages.put(stage, level.name().toLowerCase(Locale.ROOT)));
            row.put("stages", stages);
            rows.add(row);
        }
        return rows;
    }
}
