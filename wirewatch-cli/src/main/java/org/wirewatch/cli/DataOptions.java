package org.wirewatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.WirewatchIndex;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The data directory option of verbs that read the store without analysing (search, export, serve). */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory holding the index (and any imported knowledge base). Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("wirewatch-data");

    /** The built-in knowledge base, plus Wikidata entities imported under --data: names in queries resolve through it. */
    KnowledgeBase knowledgeBase() {
        return Files.isDirectory(data.resolve("kb")) ? KnowledgeBases.withImported(data) : KnowledgeBases.builtIn();
    }

    WirewatchIndex openReadOnly() throws IOException {
        return WirewatchIndex.openReadOnly(data, knowledgeBase());
    }

    /** The Solr collection when --solr is given, else the index under --data, for reading. */
    ArticleIndex openReadOnly(SolrOptions solr, CommandSpec spec) throws IOException {
        return solr.chosen(spec) ? solr.open(spec, knowledgeBase(), LanguagePacks.discover(), false) : openReadOnly();
    }
}
