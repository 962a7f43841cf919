package org.wirewatch.core.linguistics.names;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.model.Check;

/**
 * Cross-script match keys for names: Blinken, Блинкен and Блінкен; Zelensky, Zelenskyy,
 * Зеленский and Зеленський; Kharkiv, Харків and Харьков all get one key.
 *
 * <p>{@link #latin} romanises with the BGN/PCGN table of the name's language (ICU's
 * {@code Russian-Latin/BGN}, {@code Ukrainian-Latin/BGN}, {@code Azerbaijani-Latin/BGN}; Latin
 * script as it is). {@link #key} folds that to lower-case ASCII and merges the letters that
 * romanisation systems and languages spell differently for one sound ({@link KeyFolding}).
 *
 * <p>A key is a match key for names in their base form (see
 * {@link org.wirewatch.core.linguistics.morph.Morphology#nameLemma}), not an identity: it is built to give
 * the spellings of one name one key and clearly different names different keys, and leaves
 * the choice between names that are near homophones across scripts (Gill/Hill: g and h meet
 * for Ukrainian г) to whoever links keys to entities. It reaches Kiev/Киев from Kyiv through the
 * closed-syllable rule; it does not reach exonyms that are other words (Moscow/Москва).
 *
 * <p>Thread-safe. ICU's tables load on first use (~0.6 s for the first). Keys are cached, up to
 * {@value #CACHE_LIMIT} per instance: news repeats its names.
 */
public final class NameKeys {
    static final int CACHE_LIMIT = 50_000;

    private final Romanizers romanizers;
    private final AsciiFolding ascii = new AsciiFolding();
    private final KeyFolding folding = new KeyFolding();
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    /** Keys over these romanizers (one per language; {@code LanguagePacks.nameKeys()} gives the packs'). */
    public NameKeys(Collection<? extends Romanizer> romanizers) {
        this.romanizers = new Romanizers(Check.notNullParam(romanizers, "romanizers"));
    }

    /**
     * The name in Latin letters by the BGN table of its language: Зеленський (uk) → Zelensʹkyy,
     * Блинкен (ru) → Blinken; Latin-script names as they are.
     *
     * @param lang ISO 639-1 code of the language the name is written in; null if unknown
     */
    public String latin(String name, String lang) {
        Check.notNullParam(name, "name");
        return romanizers.forLanguage(lang).latin(name);
    }

    /**
     * The cross-script match key of a name in its base form: lower-case ASCII words separated
     * by single spaces, equal for the spellings of one name. Empty for a name without letters
     * or digits.
     *
     * @param lang ISO 639-1 code of the language the name is written in; null if unknown
     */
    public String key(String name, String lang) {
        Check.notNullParam(name, "name");
        String cacheKey = (lang == null ? "" : lang) + '\u0000' + name;
        String key = cache.get(cacheKey);
        if (key != null) return key;
        key = folding.fold(ascii.fold(romanizers.forLanguage(lang).forKey(name)));
        // Dropping the lot when full keeps memory bounded without bookkeeping on every call.
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(cacheKey, key);
        return key;
    }
}
