package org.wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirewatch solr}: the article store on SolrCloud (docs/solr.md). */
@Command(name = "solr",
        mixinStandardHelpOptions = true,
        description = "Sets up a SolrCloud collection as the article store (then ingest, search and export take --solr and --collection).",
        subcommands = {SolrInitCommand.class})
final class SolrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
