package org.wirewatch.core.clean;

import java.util.Locale;

/**
 * The kinds of phrase a {@link CleaningCues} supplies. Each kind is one {@code [section]} of a
 * bundled {@code *.cues} file; the section name is the constant's name in lower case with
 * dashes ({@code PROMO_PREFIX} is {@code [promo-prefix]}).
 */
public enum CueKind {
    /** A whole short line that is page furniture ("Leave a review", "Поділитися"); multi-word cues also match as the opening of a short line. */
    FURNITURE,
    /** Opening words of a promo for another article ("Read also", "Читайте також"); the whole line goes, however long. */
    PROMO_PREFIX,
    /** Words anywhere in a line that make it boilerplate ("read the article by", "all rights reserved"). */
    PHRASE,
    /** First word of an injected link promo of the form "Ранее Site писали, Headline". */
    PROMO_INTRO,
    /** Reporting verb ending the intro of such a promo, just before its comma ("писали"). */
    PROMO_VERB,
    /** Imperative opening a call to follow the site on some channel ("Читайте", "Follow"). */
    CALL_TO_ACTION,
    /** Channels such a call points at ("Google News", "Telegram", "newsletter"). */
    CHANNEL,
    /** Navigation and category words, dropped only at the edges of a document ("Politics", "Последние новости"). */
    NAVIGATION,
    /** Words marking a photo caption or credit ("photo", "фото", "Getty Images"). */
    CAPTION,
    /** Words opening a byline ("By", "Автор"). */
    BYLINE,
    /** Words opening a byline clause that names people who are not authors ("Editing by"). */
    NOT_AUTHOR,
    /** Words joining the last two names of a byline ("and", "и", "та"). */
    AND,
    /** News agencies whose name alone on a line credits the story ("Reuters", "ТАСС"). */
    AGENCY,
    /** Words introducing a credit line ("Source:", "Джерело:"). */
    SOURCE,
    /** Words a dateline may carry besides date and time ("Published", "Обновлено", "року"). */
    DATELINE,
    /** Words following a view counter ("views", "просмотров"). */
    VIEWS,
    /** Words standing for a day in a time stamp ("Today", "Вчера"). */
    DAY,
    /** Labels of a language switcher ("en", "рус", "ua"). */
    LANGUAGE_LABEL,
    /** Whole class names that hide an element from readers ("hidden", "sr-only"); see {@link MarkupCues}. */
    MARKUP_HIDDEN,
    /** Words of class and id names that mark page furniture ("share", "related", "newsletter"); see {@link MarkupCues}. */
    MARKUP_FURNITURE,
    /** Runs of words of class and id names that mark the article body ("article body", "entry content"); see {@link MarkupCues}. */
    MARKUP_BODY,
    /** Runs of words of class names that mark a post embedded from a social network ("twitter tweet", "instagram media"); see {@link MarkupCues}. */
    MARKUP_EMBEDDED_POST,
    /** Words of class names that mark a teaser, a card pointing to another page when it is a link ("teaser", "card"); see {@link MarkupCues}. */
    MARKUP_TEASER;

    /** The name of this kind's section in a cue file. */
    public String section() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
