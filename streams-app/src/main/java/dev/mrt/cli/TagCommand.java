package dev.mrt.cli;

import dev.mrt.offline.TagLines;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.taxonomy.TaxonomyException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tag [FILE]}: articles as JSON Lines in (a file, or stdin when absent or "-"), one
 * tagged JSON object per article out, in input order. A bad line is reported on stderr with
 * its number and skipped; the exit code is non-zero at the end if any line was bad.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        header = "Tag articles (JSON Lines) with political events, market notes and links; no Kafka involved.",
        description = {
            "Reads articles, one JSON object per line (id, title, body, published_at, source, url; other fields "
                    + "are ignored), and writes one JSON object per article, in input order: its political events, "
                    + "market notes, the links between them and its tags.",
            "published_at: ISO-8601 with an offset or Z, without one (taken as UTC), a bare date (midnight UTC) or "
                    + "epoch milliseconds; without it, relative dates such as 'on Thursday' stay unresolved. A bad "
                    + "line is reported on standard error with its number and skipped."
        },
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar tag articles.jsonl > tagged.jsonl",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was tagged",
            "1:some lines were bad (each is reported on standard error with its number) and skipped",
            "2:the taxonomy could not be loaded"
        })
public final class TagCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 1;
    static final int EXIT_BAD_TAXONOMY = 2;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "Articles, one JSON object per line (id, title, body, published_at, ...). "
                    + "Default: standard input (also with '-').")
    String file;

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    LearnedLayerOption learnedLayer;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ArticleTagger tagger;
        try {
            tagger = learnedLayer.applyTo(taxonomy.load());
        } catch (TaxonomyException e) {
            err.println("tag: bad taxonomy: " + e.getMessage());
            return EXIT_BAD_TAXONOMY;
        }
        int bad;
        try (BufferedReader in = open();
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            bad = new TagLines(tagger).run(in, source(), out, err);
        }
        if (bad > 0) {
            err.println("tag: " + bad + " bad line(s) skipped");
            return EXIT_BAD_INPUT;
        }
        return 0;
    }

    private String source() {
        return file == null || file.equals("-") ? "stdin" : file;
    }

    private BufferedReader open() throws IOException {
        if (file == null || file.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }
}
