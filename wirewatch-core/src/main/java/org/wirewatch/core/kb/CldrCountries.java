package org.wirewatch.core.kb;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries and territories with their names in several languages, from the CLDR data inside
 * ICU4J: every region CLDR counts as a territory (the ISO 3166 codes plus Kosovo and a few
 * CLDR-only ones such as Ascension), as entity {@code iso:XX}. For each language the full name
 * ("United Kingdom"), the short one ("UK", "США") and the full one without its parenthesis
 * ("Myanmar (Burma)" → "Myanmar") are kept, in that order.
 */
final class CldrCountries {
    /** The languages of the news, plus those whose captions and quotes turn up in it. */
    static final List<String> LANGUAGES = List.of("en", "ru", "uk", "az", "de", "fr", "pl");

    private CldrCountries() {}

    static List<KbEntity> load() {
        Map<String, LocaleDisplayNames[]> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            ULocale locale = ULocale.forLanguageTag(lang);
            names.put(lang, new LocaleDisplayNames[] {
                LocaleDisplayNames.getInstance(locale),
                LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT)});
        }
        Set<String> codes = new TreeSet<>();
        for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) codes.add(r.toString());
        List<KbEntity> out = new ArrayList<>(codes.size());
        for (String code : codes) {
            Map<String, List<String>> labels = new LinkedHashMap<>();
            names.forEach((lang, display) -> {
                Set<String> forms = new LinkedHashSet<>();
                for (LocaleDisplayNames d : display) {
                    String name = d.regionDisplayName(code);
                    // ICU falls back to the code itself when a language lacks the name
                    if (name != null && !name.equals(code)) {
                        forms.add(name);
                        String bare = withoutParenthesis(name);
                        if (!bare.isEmpty()) forms.add(bare);
                    }
                }
                if (!forms.isEmpty()) labels.put(lang, List.copyOf(forms));
            });
            String en = labels.getOrDefault("en", List.of(code)).get(0);
            out.add(new KbEntity("iso:" + code, EntityType.LOC, en, labels, List.of("country"), Map.of("iso2", code)));
        }
        return out;
    }

    private static String withoutParenthesis(String name) {
        int open = name.indexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open).strip() : name;
    }
}
