package org.wirewatch.core.linguistics.text;

/** What a {@link Token} is. Punctuation comes in three kinds so that quote and dash rules need no string tests. */
public enum TokenKind {
    /** Letters (any script), with inner hyphens and apostrophes (з'їзд, O'Neill, Meinl-Reisinger, AIM-7), or a dotted acronym (U.S., т.е.). */
    WORD,
    /** Starts with a digit: 1,000 · 1.5 · 13.11.2024 · 20 000 (no-break space) · and glued suffixes: 5th, 1.1т, 48-year-old. */
    NUMBER,
    /** The English clitic {@code 's} / {@code ’s} split from the word before it (Blinken's → Blinken + 's). */
    POSSESSIVE,
    /** Sentence and clause punctuation, brackets and runs of stops: {@code . , ; : ( ) ... ?! …}. */
    PUNCT,
    /** A quotation mark of any style: {@code " « » „ “ ” ‘ ’ ‹ ›} and a stray apostrophe. */
    QUOTE,
    /** A dash or a free-standing hyphen: {@code – — ― − -- -}. */
    DASH,
    /** Anything else visible: currency, percent, math, emoji ({@code $ % € ₴ + © 🙂}). */
    SYMBOL,
    /** A web address: {@code https://…}, {@code www.…}, a bare domain ({@code vesti-ua.net}, {@code Вести-ua.net}) or an e-mail address. */
    URL
}
