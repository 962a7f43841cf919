package org.wirewatch.core.clean;

/** What a line of scraped text turned out to be. Only {@link #CONTENT} lines reach the cleaned text. */
enum LineKind {
    /** Title, lead, body paragraph, subheading, quote. */
    CONTENT,
    /** A line without letters or digits ("/", "***"). */
    SEPARATOR,
    /** A time stamp, view counter or bare date standing alone ("11:11", "1.1т", "13.11.2024"). */
    MARKER,
    /** A language switcher ("ua en ru"). */
    SWITCHER,
    /** URLs, bare domains, hashtags. */
    LINK,
    /** A photo caption or credit. */
    CAPTION,
    /** A promo for another article ("Читайте також: …", "Ранее X писали, …"). */
    PROMO,
    /** Share, follow, subscribe, rate, trust and newsletter lines. */
    FURNITURE,
    /** Navigation and category words and other short lines at the edges of the document. */
    NAVIGATION,
    /** A headline in a list of other articles (a sidebar with times and counters). */
    LISTING,
    /** A short line repeated elsewhere in the document. */
    DUPLICATE,
    /** The title again, possibly with a caption glued to it. */
    TITLE_REPEAT,
    /** The line the publication date was read from. */
    DATELINE,
    /** A line the authors were read from. */
    BYLINE,
    /** A credit line the source was read from ("Reuters", "© AP"). */
    CREDIT
}
