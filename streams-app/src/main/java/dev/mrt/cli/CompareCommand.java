package dev.mrt.cli;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.compare.ComparisonJson;
import dev.mrt.compare.ComparisonReport;
import dev.mrt.compare.ComparisonTable;
import dev.mrt.compare.EnrichedTopicReader;
import dev.mrt.compare.OutputComparison;
import dev.mrt.compare.TopicSnapshot;
import dev.mrt.config.AppConfig;
import dev.mrt.replay.ReplayId;
import dev.mrt.replay.ReplayTopicNames;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topic;
import dev.mrt.topology.Topics;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reports how two enriched topics differ: what a taxonomy change did, or that a replay matches the live run. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        header = "Compare two enriched topics, e.g. the live output and a replay's after a taxonomy change.",
        description = "Reports the articles on each side, counts per event type, per asset and direction, and per "
                + "tag, and the articles whose events, notes, links or tags changed, with examples. Provenance, "
                + "processing time and versions are not differences. Name both topics, or give --replay-id to "
                + "compare the live enriched topic with that replay's.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar market-reaction-tagger.jar compare --replay-id tax2",
            "  java -jar market-reaction-tagger.jar compare --replay-id tax2 --exit-code"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compared (with --exit-code: no differences)",
            "1:failed",
            "2:bad configuration or arguments",
            "3:with --exit-code: the topics differ"
        })
public final class CompareCommand implements Callable<Integer> {
    static final int EXIT_DIFFERENT = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "LEFT",
            description = "The reference topic, e.g. reactions.enriched.v1. Default: with --replay-id, topic.enriched.")
    String left;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "RIGHT",
            description = "The topic compared with it, e.g. reactions.enriched.replay-tax2. Default: with "
                    + "--replay-id, that replay's enriched topic.")
    String right;

    @Option(
            names = "--replay-id",
            paramLabel = "ID",
            description = "Compare the live enriched topic (topic.enriched) with this replay's default output. "
                    + "Default: none (name both topics).")
    String replayId;

    @Option(names = "--all", description = "Count every article of each side, not only those on both sides.")
    boolean all;

    @Option(
            names = "--examples",
            paramLabel = "N",
            defaultValue = "10",
            description = "Changed articles to list. Default: ${DEFAULT-VALUE}.")
    int examples;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--exit-code", description = "Exit with 3 when the topics differ.")
    boolean exitCode;

    @Override
    public Integer call() throws Exception {
        AppConfig cfg = config.load(null, Map.of());
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            return compare(cfg, Topics.from(cfg, serdes::valueSerde));
        }
    }

    private int compare(AppConfig cfg, Topics topics) throws Exception {
        String leftTopic;
        String rightTopic;
        if (replayId != null) {
            if (right != null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "give either two topics or --replay-id (with at most the left topic)");
            }
            leftTopic = left != null ? left : topics.enriched().name();
            try {
                rightTopic = ReplayTopicNames.of(topics.enriched().name(), new ReplayId(replayId));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        } else if (left != null && right != null) {
            leftTopic = left;
            rightTopic = right;
        } else {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name two enriched topics, or give --replay-id");
        }
        var client = ClientProperties.of(cfg);
        TopicSnapshot l = EnrichedTopicReader.read(client, sameSerdes(topics.enriched(), leftTopic));
        TopicSnapshot r = EnrichedTopicReader.read(client, sameSerdes(topics.enriched(), rightTopic));
        ComparisonReport report = OutputComparison.compare(l, r, all, Math.max(0, examples));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ComparisonJson.render(report) : ComparisonTable.render(report));
        out.flush();
        return exitCode && !report.identical() ? EXIT_DIFFERENT : 0;
    }

    private static Topic<String, EnrichedArticle> sameSerdes(Topic<String, EnrichedArticle> enriched, String name) {
        return new Topic<>(name, enriched.keySerde(), enriched.valueSerde());
    }
}
