package dev.mrt.samples;

import dev.mrt.avro.Article;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import dev.mrt.market.InstrumentsLoader;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.InArticleLink;
import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@code config/samples/prices.csv}: SYNTHETIC bars for the instruments of the sample
 * articles' reactions, around each article's publication, with the seed and the episodes in its
 * header so that the file can be checked against the generator. Run from the repository root:
 *
 * <pre>java -cp streams-app/target/market-reaction-tagger.jar dev.mrt.samples.SyntheticSamplePrices &gt; config/samples/prices.csv</pre>
 */
public final class SyntheticSamplePrices {
    public static final long SEED = 20210910L;
    static final String EPISODE = "# episode: ";
    static final String SEED_LINE = "# seed: ";
    public static final String HEADER = "time,symbol,value,synthetic";

    private SyntheticSamplePrices() {}

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "config/samples/articles.jsonl");
        ArticleTagger tagger = ArticleTagger.loadDefault();
        Instruments instruments = InstrumentsLoader.load(
                ArticleTagger.DEFAULT_DIR, tagger.taxonomy().assetCodes());
        List<SyntheticPrices.Episode> episodes = episodes(JsonLinesArticles.readAll(samples), tagger, instruments);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        write(out, SEED, episodes);
        out.flush();
    }

    /** One episode per sample article and instrument that measures one of its reactions, at its publication. */
    static List<SyntheticPrices.Episode> episodes(
            List<Article> articles, ArticleTagger tagger, Instruments instruments) {
        Set<SyntheticPrices.Episode> out = new LinkedHashSet<>();
        for (Article a : articles.stream()
                .sorted(Comparator.comparing(Article::getPublishedAt))
                .toList()) {
            Integer offset = a.getPublishedOffsetSeconds();
            Tags tags = tagger.tag(new ArticleText(
                    a.getId(),
                    a.getTitle(),
                    a.getBody(),
                    a.getPublishedAt().atOffset(ZoneOffset.ofTotalSeconds(offset == null ? 0 : offset))));
            Map<String, NoteFinding> notes =
                    tags.notes().stream().collect(Collectors.toMap(NoteFinding::id, Function.identity(), (x, y) -> x));
            for (InArticleLink l : tags.links()) {
                NoteFinding n = notes.get(l.note());
                Optional<Instrument> i = n == null ? Optional.empty() : instruments.forAsset(n.asset());
                i.ifPresent(instrument -> out.add(new SyntheticPrices.Episode(instrument, a.getPublishedAt())));
            }
        }
        return new ArrayList<>(out);
    }

    static void write(PrintStream out, long seed, List<SyntheticPrices.Episode> episodes) {
        out.println("# SYNTHETIC PRICES - made up, NOT MARKET HISTORY. Never read them as what a market did.");
        out.println("# They exist so that local mode's realized-move panels show something on the first run: a seeded");
        out.println("# random walk around each sample story for the instruments its reactions are measured on, with a");
        out.println(
                "# burst of volatility in a random direction after the story; nothing in them knows what a note said.");
        out.println(
                "# Written by dev.mrt.samples.SyntheticSamplePrices (see README: What the market did); regenerate with");
        out.println(
                "#   java -cp streams-app/target/market-reaction-tagger.jar dev.mrt.samples.SyntheticSamplePrices > config/samples/prices.csv");
        out.println(SEED_LINE + seed);
        for (SyntheticPrices.Episode e : episodes) {
            out.println(EPISODE + e.instrument().code() + " " + e.anchor());
        }
        out.println(HEADER);
        for (SyntheticPrices.Bar b : new SyntheticPrices(seed).bars(episodes)) {
            out.println(b.time() + "," + b.instrument() + "," + SyntheticPrices.format(b.value()) + ",true");
        }
    }

    /** The seed and episodes a file's header names, to make the file again. */
    static Header header(List<String> lines, Instruments instruments) {
        long seed = 0;
        List<SyntheticPrices.Episode> episodes = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(SEED_LINE)) {
                seed = Long.parseLong(l.substring(SEED_LINE.length()).strip());
            } else if (l.startsWith(EPISODE)) {
                String[] parts = l.substring(EPISODE.length()).strip().split(" ");
                episodes.add(new SyntheticPrices.Episode(
                        instruments.byCode(parts[0]).orElseThrow(), Instant.parse(parts[1])));
            }
        }
        return new Header(seed, episodes);
    }

    record Header(long seed, List<SyntheticPrices.Episode> episodes) {}
}
