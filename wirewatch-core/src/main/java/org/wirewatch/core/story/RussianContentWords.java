package org.wirewatch.core.story;

/** Russian content words, read once from the bundled {@code ru.function-tags}. Immutable; share freely. */
final class RussianContentWords extends FileContentWords {
    RussianContentWords() {
        super("ru");
    }
}
