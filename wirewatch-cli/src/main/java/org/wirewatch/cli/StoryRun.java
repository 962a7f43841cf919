package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.story.Story;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StoryOptions;
import org.wirewatch.core.story.StoryPlacer;
import org.wirewatch.index.StoredStories;

/** What the story verbs share: the stories of the given inputs (analysed in memory), or of the index under --data. */
final class StoryRun {
    private StoryRun() {}

    /** The stories of the inputs; failures are reported on {@code err} and counted in {@code meter}. */
    static StoryBatch.Result run(List<String> inputs, PipelineOptions options, Progress meter, PrintWriter err) {
        Wirewatch wirewatch = options.wirewatch(false);
        StoryPlacer placer = wirewatch.stories(StoryOptions.wholeInput());
        AnalysisRun.runAnalysed(inputs, InputLimits.defaults(), wirewatch.pipeline(), options.threads,
                a -> placer.accept(a.article(), a.text(), null), meter, err);
        List<Article> placed = new ArrayList<>();
        placer.finish(placed::add);
        return new StoryBatch.Result(placed, placer.stories());
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
