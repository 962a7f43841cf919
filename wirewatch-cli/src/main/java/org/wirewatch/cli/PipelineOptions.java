package org.wirewatch.cli;

import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.linguistics.names.NameKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirewatch.core.extract.ner.NerMode;
import org.wirewatch.core.extract.tone.SentimentMode;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import picocli.CommandLine.Option;

/** Options every verb that runs the analysis pipeline shares. */
final class PipelineOptions {
    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "Languages to identify among (ISO 639-1, comma-separated). Default: ${DEFAULT-VALUE}.")
    List<String> languages = List.copyOf(LanguageIdentifier.defaultLanguages().stream().sorted().toList());

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory; entities are linked against a knowledge base imported there with "
                    + "`wirewatch kb import`, if any. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("wirewatch-data");

    @Option(names = "--ner", paramLabel = "model|rules",
            description = "Who decides the names: the trained sequence model of the language where one is installed "
                    + "(wirewatch-models), else the rules; or the rules alone. Default: model.")
    NerMode ner = NerMode.MODEL;

    @Option(names = "--sentiment", paramLabel = "model|rules",
            description = "Who decides how each entity mention is portrayed: the trained target-sentiment model of the language "
                    + "where one is installed (wirewatch-models), else the sentiment words near the mention; or those words alone. "
                    + "Default: model.")
    SentimentMode sentiment = SentimentMode.MODEL;

    @Option(names = "--categories", paramLabel = "DIR",
            description = "A directory of category files (*.cues, docs/categories.md) read besides the built-in categories; "
                    + "a file with a built-in category's name replaces it.")
    Path categories;

    /** Built on first use; an imported base takes seconds to load, so one command loads it once. */
    private KnowledgeBase knowledgeBase;

    /** The built-in knowledge base, plus Wikidata entities imported under --data. */
    KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            knowledgeBase = Files.isDirectory(data.resolve("kb")) ? KnowledgeBases.withImported(data) : KnowledgeBases.builtIn();
        }
        return knowledgeBase;
    }

    /** The packs and knowledge base, loaded once per command: the pipeline and the story clusterer share them. */
    private Resources resources;

    Resources resources() {
        if (resources == null) resources = Resources.of(LanguagePacks.discover(), knowledgeBase());
        return resources;
    }

    LanguagePacks packs() {
        return resources().packs();
    }

    NameKeys nameKeys() {
        return packs().nameKeys();
    }

    Wirewatch wirewatch(boolean raw) {
        return new Wirewatch(resources(), settings(raw));
    }

    Pipeline pipeline(boolean raw) {
        return wirewatch(raw).pipeline();
    }

    PipelineSettings settings(boolean raw) {
        Set<String> codes = new LinkedHashSet<>(languages);
        return new PipelineSettings(raw, codes, ner, sentiment, categories);
    }
}
