package org.wirewatch.core.lang;

import java.net.URL;
import java.util.Optional;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Language;

/**
 * A pack whose files sit in the resource folder of its own package: {@code org.wirewatch.lang.uk.UkrainianPack}
 * reads {@code org/wirewatch/lang/uk/dates.cues}. A subclass names its language and overrides the
 * parts that are code. Immutable.
 */
public abstract class BundledLanguagePack implements LanguagePack {
    private final Language language;

    protected BundledLanguagePack(String code) {
        this.language = Language.of(Check.notNullParam(code, "code"));
    }

    @Override
    public final Language language() {
        return language;
    }

    @Override
    public final Optional<PackFile> file(String name) {
        Check.notNullParam(name, "name");
        URL url = getClass().getResource(name);
        return url == null ? Optional.empty() : Optional.of(new PackFile(language.code() + "/" + name, url));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + language + "]";
    }
}
