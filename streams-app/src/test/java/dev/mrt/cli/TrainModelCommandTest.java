package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.learned.ShippedModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-model} and {@code cross-validate} on the team's own labelled passages (test
 * resources), given three folds: the model and its metadata are written, training twice gives
 * the same bytes, the written model loads and decides, and the k-fold table is printed.
 */
class TrainModelCommandTest {
    private static final String TAXONOMY = Path.of(System.getProperty("mrt.repo.root", ".."), "config", "taxonomy")
            .toString();

    @TempDir
    static Path dir;

    private static Path corpus;

    @BeforeAll
    static void corpusWithFolds() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (InputStream in = TrainModelCommandTest.class.getResourceAsStream("/tagging/labelled.jsonl")) {
            int i = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    ObjectNode n = (ObjectNode) mapper.readTree(line);
                    n.put("fold", i++ % 3);
                    lines.add(mapper.writeValueAsString(n));
                }
            }
        }
        corpus = dir.resolve("own.jsonl");
        Files.write(corpus, lines, StandardCharsets.UTF_8);
    }

    @Test
    void trainsReproduciblyAndWritesTheModelWithItsMetadata() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        for (Path out : List.of(first, second)) {
            CommandRunner.Result r = CommandRunner.run(
                    "",
                    "train-model",
                    "--corpus",
                    corpus.toString(),
                    "--out",
                    out.toString(),
                    "--taxonomy",
                    TAXONOMY,
                    "--date",
                    "2026-12-06");
            assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
            assertThat(r.out()).contains("| pooled |").contains("wrote ");
        }
        byte[] bundle = Files.readAllBytes(first.resolve(ShippedModel.BUNDLE));
        assertThat(Files.readAllBytes(second.resolve(ShippedModel.BUNDLE))).isEqualTo(bundle);
        assertThat(Files.readString(second.resolve(ShippedModel.METADATA)))
                .isEqualTo(Files.readString(first.resolve(ShippedModel.METADATA)));

        Properties meta = new Properties();
        try (var in = Files.newBufferedReader(first.resolve(ShippedModel.METADATA))) {
            meta.load(in);
        }
        assertThat(meta.getProperty(ShippedModel.KEY_DATA_SHA256))
                .isEqualTo(ShippedModel.sha256(Files.readAllBytes(corpus)));
        assertThat(meta.getProperty(ShippedModel.KEY_VERSION)).isEqualTo(ShippedModel.versionOf(bundle));
        assertThat(meta.getProperty("library")).startsWith("org.apache.opennlp:opennlp-tools:");
        assertThat(meta.getProperty("kfold.model.events_f1")).matches("[01]\\.\\d{3}");
        assertThat(meta.getProperty("kfold.folds")).isEqualTo("[0,1,2]");

        var model = ShippedModel.of(bundle, meta);
        ArticleTagger tagger = ArticleTagger.load(Path.of(TAXONOMY)).rulesOnly().withModel(model);
        assertThat(tagger.taggerVersion()).endsWith("+" + meta.getProperty(ShippedModel.KEY_VERSION));
        assertThat(tagger.tag(new dev.mrt.tagging.ArticleText(
                                "t",
                                "",
                                "The Federal Reserve raised interest rates on Wednesday; the dollar rose.",
                                null))
                        .events())
                .isNotNull();
    }

    @Test
    void aBundleThatIsNotTheOneTheMetadataNamesIsRefused() throws Exception {
        Path out = dir.resolve("tampered");
        CommandRunner.Result r = CommandRunner.run(
                "", "train-model", "--corpus", corpus.toString(), "--out", out.toString(), "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] bundle = Files.readAllBytes(out.resolve(ShippedModel.BUNDLE));
        bundle[bundle.length - 1] ^= 1;
        Properties meta = new Properties();
        try (var in = Files.newBufferedReader(out.resolve(ShippedModel.METADATA))) {
            meta.load(in);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShippedModel.of(bundle, meta))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retrain");
    }

    @Test
    void crossValidatePrintsPerFoldAndPooledFigures() {
        CommandRunner.Result r =
                CommandRunner.run("", "cross-validate", "--corpus", corpus.toString(), "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .contains("| 0 |")
                .contains("| 1 |")
                .contains("| 2 |")
                .contains("| pooled | 101 |")
                .contains("spread over folds");
    }

    @Test
    void aCorpusWithoutFoldsIsRefusedUnlessFoldsAreAssigned() throws Exception {
        Path noFolds = dir.resolve("no-folds.jsonl");
        try (InputStream in = TrainModelCommandTest.class.getResourceAsStream("/tagging/labelled.jsonl")) {
            Files.write(noFolds, in.readAllBytes());
        }
        CommandRunner.Result refused =
                CommandRunner.run("", "cross-validate", "--corpus", noFolds.toString(), "--taxonomy", TAXONOMY);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("has no fold");
        CommandRunner.Result assigned = CommandRunner.run(
                "", "cross-validate", "--corpus", noFolds.toString(), "--taxonomy", TAXONOMY, "--assign-folds", "3");
        assertThat(assigned.exitCode()).as(assigned.err()).isZero();
        assertThat(assigned.out()).contains("| pooled | 101 |");
    }
}
