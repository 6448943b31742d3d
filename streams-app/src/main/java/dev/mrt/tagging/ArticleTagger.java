package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.events.EventDetector;
import dev.mrt.tagging.events.EventMerger;
import dev.mrt.tagging.events.EventSighting;
import dev.mrt.tagging.events.MergedEvent;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.links.InArticleLinker;
import dev.mrt.tagging.model.TaggingModel;
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
import java.util.Optional;

/**
 * Turns article text into {@link Tags}: political events, market notes, the in-article links
 * between them and document tags, each with evidence. The stages, in order: read the article
 * against the taxonomy ({@link ArticleAnalysis}), find event sightings ({@link EventDetector})
 * and market moves ({@link MarketMoveExtractor}), let the {@link TaggingModel} decide what
 * each sentence carries (rules only: it does not), merge sightings into events
 * ({@link EventMerger}), link events and notes ({@link InArticleLinker}), apply the document
 * tag rules. Thread-safe and deterministic (no clock, no I/O after loading); build once at
 * start-up, call per record.
 */
public final class ArticleTagger {
    /** Where {@link #loadDefault()} looks first, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("config", "taxonomy");

    private final Taxonomy taxonomy;
    private final TaggingModel model;
    private final MarketMoveExtractor moves;
    private final EventDetector events;
    private final EventMerger merger;
    private final ModelConsultation consultation;
    private final String taggerVersion;

    private ArticleTagger(Taxonomy taxonomy, TaggingModel model) {
        this.taxonomy = taxonomy;
        this.model = model;
        this.moves = new MarketMoveExtractor(taxonomy, new FxQuoteNormalizer(taxonomy));
        this.events = new EventDetector(taxonomy);
        this.merger = new EventMerger(taxonomy.roles());
        this.consultation = new ModelConsultation(model, taxonomy, events);
        this.taggerVersion = TaggerVersion.of(model);
    }

    /**
     * {@code config/taxonomy} under the working directory if present, else the copy in the jar;
     * with the shipped model ({@link #shipped}).
     */
    public static ArticleTagger loadDefault() {
        if (Files.isRegularFile(DEFAULT_DIR.resolve(TaxonomyLoader.INDEX_FILE))) {
            return load(DEFAULT_DIR);
        }
        return shipped(TaxonomyLoader.loadFromClasspath());
    }

    /**
     * The tagger for the taxonomy in this directory, with the shipped model ({@link #shipped});
     * fails with file, line and key on a bad taxonomy.
     */
    public static ArticleTagger load(Path taxonomyDir) {
        return shipped(TaxonomyLoader.load(taxonomyDir));
    }

    /** Rules only. */
    public static ArticleTagger of(Taxonomy taxonomy) {
        return new ArticleTagger(taxonomy, TaggingModel.RULES_ONLY);
    }

    /**
     * The rules of this taxonomy with the model the jar ships, when it was trained with this
     * taxonomy's version; rules only when the jar ships no model or one trained with another
     * version (its features would not mean what they meant in training), with a warning in the log.
     */
    public static ArticleTagger shipped(Taxonomy taxonomy) {
        Optional<LearnedModel> model = ShippedModel.get();
        if (model.isEmpty()) {
            return of(taxonomy);
        }
        String trainedWith = ShippedModel.metadata().getProperty(ShippedModel.KEY_TAXONOMY_VERSION, "");
        if (!trainedWith.equals(taxonomy.version())) {
            org.slf4j.LoggerFactory.getLogger(ArticleTagger.class)
                    .warn(
                            "The shipped model {} was trained with taxonomy {}, not {}: tagging with the rules only"
                                    + " (retrain with train-model)",
                            model.get().version(),
                            trainedWith,
                            taxonomy.version());
            return of(taxonomy);
        }
        return of(taxonomy).withModel(model.get());
    }

    /** The same rules without a model. */
    public ArticleTagger rulesOnly() {
        return of(taxonomy);
    }

    /** The same rules, with this model deciding what each sentence carries. */
    public ArticleTagger withModel(TaggingModel model) {
        return new ArticleTagger(taxonomy, model);
    }

    public Tags tag(ArticleText article) {
        String text = article.fullText();
        LocalDate published =
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
        ArticleAnalysis a = ArticleAnalysis.of(text, article.title().length(), published, taxonomy);
        List<EventSighting> sightings = events.detect(a);
        List<MarketMove> notes = moves.extract(a);
        ModelConsultation.Findings kept = null;
        if (model.consulted()) {
            kept = consultation.apply(a, sightings, notes);
            sightings = kept.sightings();
            notes = kept.moves();
        }
        List<MergedEvent> found = merger.merge(sightings);
        List<InArticleLinker.Link> links = InArticleLinker.build(a, taxonomy, found, notes);
        if (kept != null) {
            links = consultation.link(kept, found, notes, links);
        }

        List<EventFinding> eventFindings = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            MergedEvent e = found.get(i);
            eventFindings.add(new EventFinding(
                    "e" + (i + 1),
                    e.type(),
                    new ArrayList<>(e.actors()),
                    new ArrayList<>(e.countries()),
                    e.date(),
                    round(e.confidence()),
                    evidence(a, e.from(), e.to())));
        }
        List<NoteFinding> noteFindings = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            MarketMove n = notes.get(i);
            noteFindings.add(new NoteFinding(
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
        List<InArticleLink> linkFindings = new ArrayList<>(links.size());
        for (InArticleLinker.Link l : links) {
            linkFindings.add(new InArticleLink(
                    "e" + (l.event() + 1), "n" + (l.note() + 1), l.basis().code(), round(l.confidence())));
        }
        return new Tags(
                eventFindings,
                noteFindings,
                linkFindings,
                DocumentTags.of(taxonomy, found, notes),
                taxonomy.version(),
                taggerVersion);
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

    /** The model consulted besides the rules ({@link TaggingModel#RULES_ONLY} when none). */
    public TaggingModel model() {
        return model;
    }

    public String taxonomyVersion() {
        return taxonomy.version();
    }

    /** The build's version, with the model's when one is consulted ({@link TaggerVersion#of}). */
    public String taggerVersion() {
        return taggerVersion;
    }
}
