package dev.mrt.cli;

import dev.mrt.avro.Article;
import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.ingest.ArchiveFormat;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ImportedKind;
import dev.mrt.ingest.Throttle;
import dev.mrt.replay.ArchiveImportRun;
import dev.mrt.runtime.KafkaArticleSink;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads an archive of historical articles into the articles topic, with their publication times. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        header = "Load an archive of articles (JSON Lines or CSV, optionally gzipped) into the articles topic.",
        description = {
            "Reads JSON Lines in the contract's format (id, title, body, published_at, source, url, optional "
                    + "version, updated_at; the same rules as tag, published_at required), or CSV with a header row "
                    + "of the same column names; either may be gzip-compressed (.gz). Sends each article to "
                    + "topic.articles with key = article id and record timestamp = publication time, through an "
                    + "idempotent producer (acks=all); creates the topic when missing, with records kept forever.",
            "A bad record is reported on standard error with its line number and reason, written with its raw "
                    + "text to the rejects file, and the import goes on. Progress goes to standard error, the "
                    + "summary to standard output."
        },
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar import archive-2021.jsonl.gz --rate 500",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record read was sent",
            "1:the import could not run or stopped early (unreadable archive, cluster unreachable, sends kept failing)",
            "2:bad configuration or arguments (unknown format, --rate not positive)",
            "3:done, but some records were rejected or failed to send (see the rejects file)",
            "130:interrupted (Ctrl-C); the summary says how far it got"
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    ImportOptions options;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The archive: .jsonl/.ndjson/.json or .csv, optionally .gz.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv",
            description = "Archive format. Default: from the file name (.jsonl, .ndjson, .json; .csv).")
    String format;

    @Override
    public Integer call() throws Exception {
        AppConfig cfg = config.load(null, Map.of());
        ArchiveFormat archiveFormat;
        try {
            archiveFormat = format == null ? ArchiveFormat.of(file) : parseFormat(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Throttle throttle = options.throttle(spec);
        // The archive is opened (and a CSV header checked) before anything touches the cluster.
        try (ArchiveSource<Article> source = ArchiveSource.open(file, archiveFormat);
                SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            Topics topics = Topics.from(cfg, serdes::valueSerde);
            ArchiveImportRun<Article> run = new ArchiveImportRun<>(
                    cfg,
                    Setting.TOPIC_ARTICLES,
                    ImportedKind.ARTICLES,
                    client -> new KafkaArticleSink(client, topics.articles()));
            return options.importWith(run, source, throttle, file, spec);
        }
    }

    private static ArchiveFormat parseFormat(String text) {
        try {
            return ArchiveFormat.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be jsonl or csv, not '" + text + "'");
        }
    }
}
