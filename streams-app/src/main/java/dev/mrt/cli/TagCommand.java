package dev.mrt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.taxonomy.TaxonomyException;
import java.io.BufferedReader;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tag [FILE]}: articles as JSON Lines in (a file, or stdin when absent or "-"), one
 * tagged JSON object per article out, in input order. A bad line is reported on stderr with
 * its number and skipped; the exit code is non-zero at the end if any line was bad.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        description = "Tags articles (JSON Lines) with political events, market notes and links; no Kafka involved.")
public final class TagCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 1;
    static final int EXIT_BAD_TAXONOMY = 2;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "JSONL input; stdin when absent or '-'.")
    String file;

    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description = "Taxonomy directory (default: config/taxonomy, else the bundled copy).")
    Path taxonomyDir;

    @Option(names = "--rules-only", description = "Tag with the rules alone, without the learned layer the jar ships.")
    boolean rulesOnly;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ArticleTagger tagger;
        try {
            tagger = TaggerLoading.load(taxonomyDir, rulesOnly);
        } catch (TaxonomyException e) {
            err.println("tag: bad taxonomy: " + e.getMessage());
            return EXIT_BAD_TAXONOMY;
        }
        ObjectMapper mapper = new ObjectMapper();
        ArticleLineParser parser = new ArticleLineParser(mapper);
        TagsJsonWriter writer = new TagsJsonWriter(mapper);
        int bad;
        try (BufferedReader in = open();
                Writer out = new java.io.BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            bad = parser.forEachLine(in, "tag", source(), err, parsed -> {
                out.write(
                        mapper.writeValueAsString(writer.toJson(parsed.article().id(), tagger.tag(parsed.article()))));
                out.write('\n');
            });
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
