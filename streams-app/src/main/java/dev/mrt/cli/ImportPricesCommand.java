package dev.mrt.cli;

import dev.mrt.avro.PriceTick;
import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ImportedKind;
import dev.mrt.ingest.PriceCsvReader;
import dev.mrt.ingest.Throttle;
import dev.mrt.market.Instruments;
import dev.mrt.replay.ArchiveImportRun;
import dev.mrt.runtime.KafkaRecordSink;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads price bars into the prices topic, keyed by instrument, with their times. */
@Command(
        name = "import-prices",
        mixinStandardHelpOptions = true,
        header = "Load price bars (CSV, optionally gzipped) into the prices topic, to measure what the market did.",
        description = {
            "Reads CSV with a header row: time, symbol and value, or OHLC bars (time, symbol, open, high, low, close; "
                    + "the close is used); optional columns source and synthetic (true/false); other columns are "
                    + "ignored, lines starting with # are notes. A time follows the rule of articles' published_at "
                    + "(ISO-8601, a date, or epoch milliseconds) and is when the value was observed. The symbol is "
                    + "looked up in config/taxonomy/instruments.yaml (the instrument's code, or one of its symbols); "
                    + "the value must fit the instrument's unit (price, yield_pct, rate_pct, bp).",
            "Sends each bar to topic.prices with key = instrument and record timestamp = its time, through an "
                    + "idempotent producer (acks=all); creates the topic when missing, with records kept forever. "
                    + "Bad records, progress, summary and exit codes are those of import."
        },
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar import-prices ust10y-2021.csv --source vendor-x",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record read was sent",
            "1:the import could not run or stopped early (unreadable file, bad header, cluster unreachable, sends "
                    + "kept failing)",
            "2:bad configuration or arguments (--rate not positive)",
            "3:done, but some records were rejected or failed to send (see the rejects file)",
            "130:interrupted (Ctrl-C); the summary says how far it got"
        })
public final class ImportPricesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    ImportOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The price bars: .csv, optionally .gz.")
    Path file;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "The source of bars without a source cell (vendor, feed). Default: the file name.")
    String source;

    @Option(
            names = "--synthetic",
            description = "Mark bars without a synthetic cell as made up (never market history), as the samples are.")
    boolean synthetic;

    @Override
    public Integer call() throws Exception {
        AppConfig cfg = config.load(null, Map.of());
        Throttle throttle = options.throttle(spec);
        Instruments instruments = Pipeline.instrumentsFor(cfg);
        String defaultSource = source != null ? source : file.getFileName().toString();
        // The file is opened (and its header checked) before anything touches the cluster.
        try (ArchiveSource<PriceTick> bars = ArchiveSource.open(
                        file, text -> new PriceCsvReader(text, instruments, defaultSource, synthetic));
                SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            Topics topics = Topics.from(cfg, serdes::valueSerde);
            ArchiveImportRun<PriceTick> run = new ArchiveImportRun<>(
                    cfg,
                    Setting.TOPIC_PRICES,
                    ImportedKind.PRICES,
                    client -> KafkaRecordSink.prices(client, topics.prices()));
            return options.importWith(run, bars, throttle, file, spec);
        }
    }
}
