package org.wirewatch.index.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import org.wirewatch.index.SearchRequest;

/**
 * One saved query: a name, a query in the search syntax (empty: every article) and the search
 * filters it keeps, and an optional webhook that each match is POSTed to.
 *
 * @param name letters, digits, {@code -} and {@code _} (it names files and URLs)
 * @param created when the alert was added (ISO-8601 instant); only articles stored after it are matched
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedAlert(String name, String query, String entity, String category, String lang, String webhook, String created) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public SavedAlert {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an alert name is 1 to 64 letters, digits, '-' or '_', starting with a letter or digit, not '" + name + "'");
        }
        query = blankToNull(query);
        entity = blankToNull(entity);
        category = blankToNull(category);
        lang = blankToNull(lang);
        webhook = blankToNull(webhook);
        if (webhook != null) checkWebhook(webhook);
        try {
            Instant.parse(created);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("alert " + name + ": creation time is not an ISO-8601 instant: " + created);
        }
    }

    /** The search this alert runs over each commit's new articles. */
    public SearchRequest request() {
        return SearchRequest.of(query).withEntity(entity).withCategory(category).withLang(lang);
    }

    private static void checkWebhook(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook is not a URL: " + url);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("webhook must be an http(s) URL with a host, not " + url);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
