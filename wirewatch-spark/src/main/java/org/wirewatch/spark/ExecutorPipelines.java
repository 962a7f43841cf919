package org.wirewatch.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StorySettings;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.solr.StoreDocuments;

/**
 * The one piece of static state in the Spark job, on purpose: the pipeline (and story clusterer) of this JVM. Its
 * models (morphology dictionaries, language profiles, the knowledge base) take seconds and
 * hundreds of megabytes to load, so every task running in an executor JVM shares one pipeline per
 * {@link AnalysisSpec} instead of building one per task or per record, and nothing large travels
 * from the driver. {@link Pipeline} is thread-safe, so concurrent tasks (executor cores) share it.
 */
final class ExecutorPipelines {
    private static final Map<AnalysisSpec, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {}

    /** Built on first use (class initialisation is lazy and thread-safe): the packs and knowledge base every pipeline and the story clusterer of this JVM share. */
    private static final class Shared {
        static final Resources RESOURCES = Resources.bundled();
    }

    /** Built on first use: only executors that cluster stories load it. */
    private static final class Stories {
        static final StoryBatch BATCH = new StoryBatch(Shared.RESOURCES.packs(), StorySettings.defaults());
    }

    /** Built on first use: only executors that write into a SolrCloud load it. */
    private static final class Documents {
        static final StoreSchema SCHEMA = StoreSchema.of(Shared.RESOURCES.knowledgeBase(), Shared.RESOURCES.packs());
        static final StoreDocuments SOLR = new StoreDocuments(SCHEMA);
    }

    /** The pipeline for {@code spec}, built by the first task that asks for it in this JVM. */
    static Pipeline forSpec(AnalysisSpec spec) {
        return PIPELINES.computeIfAbsent(spec, s -> new Wirewatch(Shared.RESOURCES, s.settings()).pipeline());
    }

    /** The story clusterer of this JVM, with the embedded engine's default settings. {@link StoryBatch} is thread-safe. */
    static StoryBatch stories() {
        return Stories.BATCH;
    }

    /** The Solr documents of this JVM's articles, as the SolrCloud store builds them. Thread-safe. */
    static StoreDocuments solrDocuments() {
        return Documents.SOLR;
    }

    /** The store's fields and queries over this JVM's language packs and knowledge base. Thread-safe. */
    static StoreSchema storeSchema() {
        return Documents.SCHEMA;
    }
}
