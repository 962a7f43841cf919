package org.wirewatch.core.story;

/** Ukrainian content words, read once from the bundled {@code uk.function-tags}. Immutable; share freely. */
final class UkrainianContentWords extends FileContentWords {
    UkrainianContentWords() {
        super("uk");
    }
}
