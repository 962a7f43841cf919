package org.wirewatch.core.extract.ner.cues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Check;

/**
 * The name cues of each language, by ISO 639-1 code. Build one at start-up and pass it to the
 * stages that need it; the lexicons behind it are parsed once per JVM and shared. Immutable.
 */
public final class NameCuesRegistry {
    private final Map<String, NameCues> byCode;

    /** The pack file of name cues. */
    static final String CUES = "names.cues";

    /** The cues of the packs on the class path. */
    public static NameCuesRegistry standard() {
        return of(LanguagePacks.discover());
    }

    /** The cues of every pack that has {@code names.cues}. */
    public static NameCuesRegistry of(LanguagePacks packs) {
        List<NameCues> cues = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(CUES).ifPresent(f -> cues.add(new BundledNameCues(pack.language().code(), f, packs.vocabulary(pack.language()))));
        }
        return new NameCuesRegistry(cues);
    }

    /** Exactly these languages; adding one is adding a {@link NameCues}, never a branch. */
    public NameCuesRegistry(Collection<? extends NameCues> languages) {
        Check.notNullParam(languages, "languages");
        Map<String, NameCues> map = new LinkedHashMap<>();
        for (NameCues cues : languages) {
            if (map.put(cues.language(), cues) != null) throw new IllegalArgumentException("two name cue sets for " + cues.language());
        }
        this.byCode = java.util.Collections.unmodifiableMap(map);
    }

    /** The cues for {@code code} (case-insensitive); throws naming the supported codes when there are none. */
    public NameCues forLanguage(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no name cues for language '" + code
                + "'; supported: " + String.join(", ", new TreeSet<>(byCode.keySet()))));
    }

    public Optional<NameCues> find(String code) {
        Check.notNullParam(code, "code");
        return Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    public Set<String> languages() {
        return byCode.keySet();
    }
}
