package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StorySettings;
import org.wirewatch.index.StoredStories;

/** What the story verbs share: the stories of the given inputs (analysed in memory), or of the index under --data. */
final class StoryRun {
    private StoryRun() {}

    /** The stories of the inputs; failures are reported on {@code err} and counted in {@code meter}. */
    static StoryBatch.Result run(List<String> inputs, PipelineOptions options, Progress meter, PrintWriter err) {
        List<Article> analysed = new ArrayList<>();
        Pipeline pipeline = options.pipeline(false);
        AnalysisRun.run(inputs, InputLimits.defaults(), pipeline, options.threads, analysed::add, meter, err);
        return new StoryBatch(options.packs(), StorySettings.defaults(), pipeline::redate).assign(analysed);
    }

    /** The stories of the inputs when there are any, else the stories ingest stored under --data. */
    static List<Story> stories(List<String> inputs, PipelineOptions options, Progress meter, PrintWriter err) throws IOException {
        if (!inputs.isEmpty()) return run(inputs, options, meter, err).stories();
        if (!StoredStories.exist(options.data)) {
            throw new IOException("no stories stored in " + options.data + " (run `wirewatch ingest PATH --data " + options.data
                    + "` first, or give the articles as PATHs)");
        }
        return StoredStories.open(options.data, options.packs()).stories();
    }
}
