package dev.mrt.tagging;

import java.nio.file.Files;
import java.nio.file.Path;
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
        ArticleAnalysis a = ArticleAnalysis.of(article, taxonomy);
        List<PoliticalEvent> found = EventMerger.merge(events.detect(a));
        List<MarketMove> notes = moves.extract(a);
        List<LinkBuilder.Link> links = LinkBuilder.build(a, taxonomy, found, notes);

        List<EventTag> eventTags = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            PoliticalEvent e = found.get(i);
            eventTags.add(new EventTag(
                    "e" + (i + 1),
                    e.type,
                    new ArrayList<>(e.actors),
                    new ArrayList<>(e.countries),
                    e.date,
                    round(e.confidence),
                    a.evidence(e.from, e.to)));
        }
        List<NoteTag> noteTags = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            MarketMove n = notes.get(i);
            noteTags.add(new NoteTag(
                    "n" + (i + 1),
                    n.asset(),
                    n.direction(),
                    n.magnitude(),
                    n.modality(),
                    n.attribution(),
                    taxonomy.countriesOf(n.asset()),
                    round(n.confidence()),
                    a.evidence(n.from(), n.to())));
        }
        List<LinkTag> linkTags = new ArrayList<>(links.size());
        for (LinkBuilder.Link l : links) {
            linkTags.add(new LinkTag("e" + (l.event() + 1), "n" + (l.note() + 1), l.basis(), round(l.confidence())));
        }
        return new Tags(
                eventTags,
                noteTags,
                linkTags,
                DocumentTagger.tags(taxonomy, found, notes),
                taxonomy.version(),
                TaggerVersion.get());
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
