package org.wirewatch.core.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.linguistics.names.Romanizer;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Language;

/**
 * The language packs on the class path, by language: the one registry every stage asks, so that no
 * stage lists languages. {@link #discover()} finds them with {@link ServiceLoader}; tests may
 * assemble their own with {@link #of}. Each language's morphology is built once per instance, on
 * first use (a dictionary is megabytes): build one instance at start-up and share it.
 *
 * <p>Thread-safe.
 */
public final class LanguagePacks {
    private final Map<Language, LanguagePack> byLanguage;
    private final Morphologies morphologies;
    private final Map<Language, Vocabulary> vocabularies = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, Optional<UposTags>> uposTags = new java.util.concurrent.ConcurrentHashMap<>();

    private LanguagePacks(Collection<? extends LanguagePack> packs) {
        Map<Language, LanguagePack> map = new TreeMap<>(java.util.Comparator.comparing(Language::code));
        for (LanguagePack p : packs) {
            LanguagePack before = map.put(p.language(), p);
            if (before != null) {
                throw new IllegalStateException("two language packs for " + p.language() + ": " + before + " and " + p);
            }
        }
        this.byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(map));
        Map<Language, java.util.function.Supplier<Optional<Morphology>>> builders = new LinkedHashMap<>();
        for (LanguagePack p : byLanguage.values()) builders.put(p.language(), () -> p.morphology(this));
        this.morphologies = new Morphologies(builders);
    }

    /** Every pack the class path declares in {@code META-INF/services/org.wirewatch.core.lang.LanguagePack}. */
    public static LanguagePacks discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = LanguagePacks.class.getClassLoader();
        List<LanguagePack> found = ServiceLoader.load(LanguagePack.class, loader).stream().map(ServiceLoader.Provider::get).toList();
        return new LanguagePacks(found);
    }

    /** Exactly these packs. */
    public static LanguagePacks of(Collection<? extends LanguagePack> packs) {
        return new LanguagePacks(Check.notNullParam(packs, "packs"));
    }

    public Optional<LanguagePack> find(Language language) {
        return language == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(language));
    }

    /** The pack of a language code; empty for null, an invalid code, or a language without a pack. */
    public Optional<LanguagePack> find(String code) {
        return Language.parse(code).flatMap(this::find);
    }

    /** The packs, by language code. */
    public Collection<LanguagePack> all() {
        return byLanguage.values();
    }

    public Set<Language> languages() {
        return byLanguage.keySet();
    }

    /** The dictionaries of every pack that has one, each read on first use. */
    public Morphologies morphologies() {
        return morphologies;
    }

    /** The morphology of a language; empty when its pack has none (or there is no pack). */
    public Optional<Morphology> morphology(Language language) {
        return morphologies.forLanguage(language);
    }

    /**
     * The words the language's concerns share (months, weekdays), read from its pack's
     * {@code vocabulary.cues} once per instance; empty for a language without the file or without a pack.
     */
    public Vocabulary vocabulary(Language language) {
        LanguagePack pack = language == null ? null : byLanguage.get(language);
        if (pack == null) return Vocabulary.EMPTY;
        return vocabularies.computeIfAbsent(language, l -> pack.file(Vocabulary.FILE).map(Vocabulary::read).orElse(Vocabulary.EMPTY));
    }

    /**
     * How the language's dictionary tags map to universal parts of speech, read from its pack's
     * {@code upos.cues} once per instance; empty without the file, a morphology, or a pack.
     */
    public Optional<UposTags> uposTags(Language language) {
        LanguagePack pack = language == null ? null : byLanguage.get(language);
        if (pack == null) return Optional.empty();
        return uposTags.computeIfAbsent(language, l -> pack.file(UposTags.FILE).map(UposTags::read));
    }

    /** The romanizers of the packs that have one. */
    public List<Romanizer> romanizers() {
        return byLanguage.values().stream().flatMap(p -> p.romanizer().stream()).toList();
    }

    /** Name keys over the packs' romanizers: how names meet across scripts. */
    public NameKeys nameKeys() {
        return new NameKeys(romanizers());
    }

    /** The packs' adjective-of-nationality inflections. */
    public DemonymInflections demonymInflections() {
        return new DemonymInflections(byLanguage.values().stream().flatMap(p -> p.demonymInflection().stream()).toList());
    }
}
