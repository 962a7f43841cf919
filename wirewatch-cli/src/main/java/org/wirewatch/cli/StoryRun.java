package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.morph.Morphologies;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StorySettings;

/** What the story verbs share: analyse the inputs in memory and group them into stories. */
final class StoryRun {
    private StoryRun() {}

    /** The stories of the inputs; failures are reported on {@code err} and counted in {@code meter}. */
    static StoryBatch.Result run(List<String> inputs, PipelineOptions options, Progress meter, PrintWriter err) {
        List<Article> analysed = new ArrayList<>();
        AnalysisRun.run(inputs, InputLimits.defaults(), options.pipeline(false), options.threads, analysed::add, meter, err);
        return new StoryBatch(new Morphologies(), StorySettings.defaults()).assign(analysed);
    }
}
