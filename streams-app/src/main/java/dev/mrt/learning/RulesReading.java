package dev.mrt.learning;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.learned.FeatureNames;
import dev.mrt.tagging.model.LinkDecision;
import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelDecision;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.model.TaggingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A labelled passage as the rules read it: what the tagger hands its model (recorded by a model
 * that agrees with the rules), and the feature names of every example it yields. Computed once
 * per passage; every fold's training reuses it.
 *
 * @param links    what the rules linked, or null when they found no event or no note
 * @param sentences the features of each sentence, for the event-type classifiers
 * @param moves    the features of each move, for the note classifier
 * @param linkFeatures the features for the link classifier, or null with {@code links}
 */
public record RulesReading(
        LabelledPassage passage,
        ModelInput input,
        LinkInput links,
        List<String[]> sentences,
        List<String[]> moves,
        String[] linkFeatures) {

    /** Reads the passage with the rules of this tagger (its own model, if any, is not asked). */
    public static RulesReading of(ArticleTagger tagger, LabelledPassage passage) {
        Recorder recorder = new Recorder();
        tagger.rulesOnly().withModel(recorder).tag(passage.article());
        ModelInput in = recorder.input;
        List<String[]> moves = new ArrayList<>();
        for (int i = 0; i < in.moves().size(); i++) {
            moves.add(FeatureNames.move(in, i));
        }
        return new RulesReading(
                passage,
                in,
                recorder.links,
                FeatureNames.sentences(in),
                moves,
                recorder.links == null ? null : FeatureNames.links(in, recorder.links));
    }

    /** The event types the rules sighted. */
    public Set<String> ruleTypes() {
        Set<String> out = new TreeSet<>();
        for (SentenceInput s : input.sentences()) {
            out.addAll(s.ruleTypes().keySet());
        }
        return out;
    }

    /**
     * The sentences that hold the evidence of a labelled event (those its evidence overlaps), or
     * an empty set when the evidence is not found in the text.
     */
    public Set<Integer> evidenceSentences(int event) {
        String evidence = passage.evidence().get(event);
        int at = evidence.isEmpty() ? -1 : input.text().indexOf(evidence);
        Set<Integer> out = new TreeSet<>();
        if (at < 0) {
            return out;
        }
        int end = at + evidence.length();
        for (SentenceInput s : input.sentences()) {
            int from = input.tokens().get(s.from()).start();
            int to = input.tokens().get(s.to() - 1).end();
            if (from < end && at < to) {
                out.add(s.index());
            }
        }
        return out;
    }

    /** Agrees with the rules and keeps what it was shown. */
    private static final class Recorder implements TaggingModel {
        ModelInput input;
        LinkInput links;

        @Override
        public boolean consulted() {
            return true;
        }

        @Override
        public ModelDecision decide(ModelInput article) {
            input = article;
            return ModelDecision.agreeing(article);
        }

        @Override
        public LinkDecision link(ModelInput article, LinkInput found) {
            links = found;
            return LinkDecision.AS_FOUND;
        }

        @Override
        public String version() {
            return "";
        }
    }
}
