package dev.mrt.cli;

import dev.mrt.offline.Evaluation;
import dev.mrt.offline.GoldScorer;
import dev.mrt.offline.ReleaseFigures;
import dev.mrt.offline.ScoreTables;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.taxonomy.TaxonomyException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --gold FILE}: tags labelled passages and prints precision, recall, F1 and
 * support per event type and per asset class, the event types taken for others, then the
 * figures of {@code score.py} (event types, notes, notes with modality, links) with the last
 * release's beside them ({@code config/eval/release-figures.json}, written by
 * {@code --save-release}); with {@code --verbose}, the misses and false alarms per passage first.
 * Exits non-zero when a figure is under its {@code --min-f1} threshold.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        header =
                "Score the tagger on labelled passages (P, R, F1 by event type and asset class) beside the last release.",
        description = "Tags each passage of --gold (article lines with a 'gold' object, see "
                + "../shared/contract/taxonomy.md) and prints the figures score.py computes from tag's output: "
                + "event types, notes (asset family, direction), notes with modality, and link accuracy. Before "
                + "them: precision, recall, F1 and support per event type and per asset class, and which event "
                + "types were taken for which; beside them, the figures of the last release for this file "
                + "(by file name) from --release.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar evaluate --gold dev.jsonl --verbose",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:scored, every figure at or above its threshold",
            "1:some lines were bad, or there was nothing to score",
            "2:bad taxonomy or an unknown --min-f1 name",
            "3:a figure is below its --min-f1 threshold"
        })
public final class EvaluateCommand implements Callable<Integer> {
    static final int EXIT_BELOW_THRESHOLD = 3;

    @Option(
            names = "--gold",
            required = true,
            paramLabel = "FILE",
            description = "Labelled passages: JSON Lines, each an article with a 'gold' object.")
    Path gold;

    @Option(names = "--verbose", description = "List misses and false alarms per passage.")
    boolean verbose;

    @Option(
            names = "--min-f1",
            split = ",",
            paramLabel = "NAME=VALUE",
            description = "Thresholds: events, notes, notes_mod (F1) and links (accuracy), e.g. "
                    + "events=0.8,notes=0.8,links=0.8. Default: none (nothing fails).")
    Map<String, Double> minF1 = new LinkedHashMap<>();

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    LearnedLayerOption learnedLayer;

    @Option(
            names = "--release",
            paramLabel = "FILE",
            description =
                    "Figures of the last release to print beside this run's. Default: "
                            + "config/eval/release-figures.json (nothing is printed beside when it has no figures for the file).")
    Path releaseFile = ReleaseFigures.DEFAULT;

    @Option(
            names = "--save-release",
            description = "Store this run's figures as the release's for this labelled file, in the --release file.")
    boolean saveRelease;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        for (String k : minF1.keySet()) {
            if (!java.util.Set.of("events", "notes", "notes_mod", "links").contains(k)) {
                err.println("evaluate: unknown --min-f1 name '" + k + "' (expected events, notes, notes_mod, links)");
                return 2;
            }
        }
        ArticleTagger tagger;
        try {
            tagger = learnedLayer.applyTo(taxonomy.load());
        } catch (TaxonomyException e) {
            err.println("evaluate: bad taxonomy: " + e.getMessage());
            return TagCommand.EXIT_BAD_TAXONOMY;
        }
        Evaluation evaluation;
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            evaluation = Evaluation.run(tagger, in, gold.toString(), err);
        }
        GoldScorer scorer = evaluation.score();
        if (evaluation.passages() == 0) {
            // With nothing scored every figure would read 1.000 and pass any threshold.
            err.println("evaluate: " + gold + ": no labelled passages to score");
            return TagCommand.EXIT_BAD_INPUT;
        }
        if (verbose) {
            scorer.misses().forEach(out::println);
        }
        String setName = gold.getFileName().toString();
        String sha256 = ReleaseFigures.sha256(gold);
        Optional<ReleaseFigures> release = ReleaseFigures.read(releaseFile, setName);
        ScoreTables.print(out, scorer, release);
        out.println(scorer.events().line("events"));
        out.println(scorer.notes().line("notes"));
        out.println(scorer.notesModality().line("notes_mod"));
        out.println(String.format(
                Locale.ROOT,
                "links      accuracy=%.3f (%d/%d)",
                scorer.linkAccuracy(),
                scorer.linkOk(),
                scorer.linkTotal()));
        out.println(String.format(
                Locale.ROOT,
                "score: events_f1=%.3f notes_f1=%.3f links_acc=%.3f passages=%d",
                scorer.events().f1(),
                scorer.notes().f1(),
                scorer.linkAccuracy(),
                evaluation.passages()));
        out.println(ScoreTables.releaseLine(release, setName, sha256, releaseFile.toString()));
        if (saveRelease) {
            ReleaseFigures.of(scorer, tagger.taggerVersion(), tagger.taxonomyVersion(), sha256)
                    .save(releaseFile, setName);
            err.println("evaluate: saved these figures as the release's for " + setName + " in " + releaseFile);
        }
        boolean below = false;
        for (Map.Entry<String, Double> t : minF1.entrySet()) {
            double v = switch (t.getKey()) {
                case "events" -> scorer.events().f1();
                case "notes" -> scorer.notes().f1();
                case "notes_mod" -> scorer.notesModality().f1();
                default -> scorer.linkAccuracy();
            };
            if (v < t.getValue()) {
                err.println(String.format(
                        Locale.ROOT, "evaluate: %s=%.3f is below the threshold %.3f", t.getKey(), v, t.getValue()));
                below = true;
            }
        }
        if (below) {
            return EXIT_BELOW_THRESHOLD;
        }
        return evaluation.badLines() > 0 ? TagCommand.EXIT_BAD_INPUT : 0;
    }
}
