package org.wirewatch.core.story;

/** English content words, read once from the bundled {@code en.function-tags}. Immutable; share freely. */
final class EnglishContentWords extends FileContentWords {
    EnglishContentWords() {
        super("en");
    }
}
