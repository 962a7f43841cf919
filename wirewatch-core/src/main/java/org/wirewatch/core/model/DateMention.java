package org.wirewatch.core.model;

/** A temporal expression; {@code value} is ISO-8601 at the precision the text gives. */
public record DateMention(int start, int end, String text, String value) {}
