package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.events.EventDetector;
import dev.mrt.tagging.events.EventMerger;
import dev.mrt.tagging.events.MergedEvent;
import dev.mrt.tagging.links.InArticleLinker;
import dev.mrt.tagging.notes.FxQuoteNormalizer;
import dev.mrt.tagging.notes.MarketMove;
import dev.mrt.tagging.notes.MarketMoveExtractor;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.taxonomy.TaxonomyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns article text into {@link Tags}: political events, market notes, the links between them
 * and document tags, each with evidence. Thread-safe and deterministic (no clock, no I/O after
 * loading); build once at start-up, call per record.
 */
public final class ArticleTagger {
    /** Where {@link #loadDefault()} looks first, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("config", "taxonomy");

    static final String DOLLAR_INDEX = "DXY";
    static final String EM_FX = "EM_FX";

    private final Taxonomy taxonomy;
    private final MarketMoveExtractor moves;
    private final EventDetector events;

    private ArticleTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.moves = new MarketMoveExtractor(taxonomy, new FxQuoteNormalizer(taxonomy, DOLLAR_INDEX, EM_FX));
        this.events = new EventDetector(taxonomy);
    }

    /** {@code config/taxonomy} under the working directory if present, else the copy in the jar. */
    public static ArticleTagger loadDefault() {
        if (Files.isRegularFile(DEFAULT_DIR.resolve(TaxonomyLoader.INDEX_FILE))) {
            return load(DEFAULT_DIR);
        }
        return new ArticleTagger(TaxonomyLoader.loadFromClasspath());
    }

    /** The tagger for the taxonomy in this directory; fails with file, line and key on a bad taxonomy. */
    public static ArticleTagger load(Path taxonomyDir) {
        return new ArticleTagger(TaxonomyLoader.load(taxonomyDir));
    }

    public static ArticleTagger of(Taxonomy taxonomy) {
        return new ArticleTagger(taxonomy);
    }

    public Tags tag(ArticleText article) {
        String text = article.fullText();
        LocalDate published =
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
        ArticleAnalysis a = ArticleAnalysis.of(text, article.title().length(), published, taxonomy);
        List<MergedEvent> found = EventMerger.merge(events.detect(a));
        List<MarketMove> notes = moves.extract(a);
        List<InArticleLinker.Link> links = InArticleLinker.build(a, taxonomy, found, notes);

        List<EventFinding> eventTags = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            MergedEvent e = found.get(i);
            eventTags.add(new EventFinding(
                    "e" + (i + 1),
                    e.type(),
                    new ArrayList<>(e.actors()),
                    new ArrayList<>(e.countries()),
                    e.date(),
                    round(e.confidence()),
                    evidence(a, e.from(), e.to())));
        }
        List<NoteFinding> noteTags = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            MarketMove n = notes.get(i);
            noteTags.add(new NoteFinding(
                    "n" + (i + 1),
                    n.asset(),
                    n.direction(),
                    n.magnitude(),
                    n.modality(),
                    n.attribution(),
                    taxonomy.countriesOf(n.asset()),
                    round(n.confidence()),
                    evidence(a, n.from(), n.to())));
        }
        List<InArticleLink> linkTags = new ArrayList<>(links.size());
        for (InArticleLinker.Link l : links) {
            linkTags.add(new InArticleLink(
                    "e" + (l.event() + 1), "n" + (l.note() + 1), l.basis().code(), round(l.confidence())));
        }
        return new Tags(
                eventTags,
                noteTags,
                linkTags,
                DocumentTags.tags(taxonomy, found, notes),
                taxonomy.version(),
                TaggerVersion.get());
    }

    private static EvidenceSpan evidence(ArticleAnalysis a, int fromToken, int toToken) {
        return EvidenceSpan.of(a.text(), a.startOf(fromToken), a.endOf(toToken));
    }

    /** Confidences are scores, not measurements: two decimals, so outputs read cleanly and compare exactly. */
    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public String taxonomyVersion() {
        return taxonomy.version();
    }

    public String taggerVersion() {
        return TaggerVersion.get();
    }
}
