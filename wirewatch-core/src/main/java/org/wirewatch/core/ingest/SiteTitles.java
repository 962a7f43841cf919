package org.wirewatch.core.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title ("Ferry terminal opens | Harbour Daily" → "Ferry
 * terminal opens"). Only a part that is the site's name goes: the page's declared site name
 * (og:site_name, the JSON-LD publisher) or its host name ("harbourdaily.com"), compared on
 * letters and digits alone; a title whose parts say anything else is left as it is.
 */
final class SiteTitles {
    /** Separators sites put between the headline and their name, with spaces around them. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·:»-]{1,2}\\s+");

    /** Labels under a country code that are part of the suffix ("co.uk", "com.au"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go");

    private SiteTitles() {}

    /**
     * @param site the declared site name, or null
     * @param url  the page's address, or null
     */
    static String strip(String title, String site, String url) {
        if (title == null) return null;
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length < 2) return title;
        String host = hostLabel(url);
        String fullHost = fullHost(url);
        if (names(parts[parts.length - 1], site, host) || names(parts[parts.length - 1], null, fullHost)) return title.strip().substring(0, lastSeparatorStart(title.strip()));
        if (names(parts[0], site, host) || names(parts[0], null, fullHost)) return title.strip().substring(firstSeparatorEnd(title.strip()));
        return title;
    }

    private static boolean names(String part, String site, String host) {
        String key = key(part);
        if (key.isEmpty()) return false;
        return (site != null && key.equals(key(site))) || (host != null && key.equals(host));
    }

    /** "www.harbourdaily.com" → "harbourdailycom": titles that end in the address itself. */
    private static String fullHost(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : key(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "www.harbour-daily.co.uk" → "harbourdaily": the label before the public suffix, as letters and digits. */
    private static String hostLabel(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) return null;
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            // the label before the suffix: "bbc" in "www.bbc.co.uk", "harbourdaily" in "harbourdaily.com"
            for (int i = labels.length - 2; i >= 0; i--) {
                if (!SECOND_LEVEL.contains(labels[i])) return labels[i].equals("www") ? null : key(labels[i]);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static int lastSeparatorStart(String title) {
        var m = SEPARATOR.matcher(title);
        int start = -1;
        while (m.find()) start = m.start();
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        var m = SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }
}
