package org.wirewatch.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.lang.PackFile;

/**
 * The name of an office (a role id such as {@code secretary_general}) for a reader of one language,
 * from each language pack's {@code roles.labels} ({@code role_id: label}, one a line; docs/cue-files.md).
 * Read once per server; immutable.
 */
final class RoleLabels {
    static final String FILE = "roles.labels";

    private final Map<String, Map<String, String>> byLanguage;

    private RoleLabels(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static RoleLabels of(LanguagePacks packs) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(FILE).ifPresent(f -> all.put(pack.language().code(), read(f)));
        }
        return new RoleLabels(Map.copyOf(all));
    }

    /** Fails naming the file and line: a bundled file that does not parse is a broken build. */
    static Map<String, String> read(PackFile file) {
        Map<String, String> labels = new HashMap<>();
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": expected 'role_id: label', got '" + line + "'");
            }
            labels.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return Map.copyOf(labels);
    }

    /** The office in the reader's language, else in English, else its id with spaces. */
    String label(String role, String lang) {
        String own = byLanguage.getOrDefault(lang, Map.of()).get(role);
        if (own != null) return own;
        String english = byLanguage.getOrDefault("en", Map.of()).get(role);
        return english != null ? english : role.replace('_', ' ');
    }

    /** The role id an English office title of the knowledge base stands for ("Secretary General" → secretary_general), if one is listed. */
    String roleOf(String englishTitle) {
        String id = englishTitle.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        return byLanguage.getOrDefault("en", Map.of()).containsKey(id) ? id : null;
    }
}
