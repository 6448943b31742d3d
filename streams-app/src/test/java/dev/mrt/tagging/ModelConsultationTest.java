package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.tagging.model.LinkDecision;
import dev.mrt.tagging.model.ModelDecision;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.TaggingModel;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The seam a learned layer plugs into: what a {@link TaggingModel} decides is what the tagger
 * emits, and a model that agrees with the rules changes nothing.
 */
class ModelConsultationTest {
    private static final ArticleTagger RULES = TestTaggers.TAGGER.rulesOnly();

    /** A model written for the test: consulted, deciding by the given functions. */
    private static TaggingModel model(Function<ModelInput, ModelDecision> decide, LinkDecision link) {
        return TestTaggers.model(decide, (article, links) -> link, "m-test");
    }

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-10T09:00:00+02:00");

    @Test
    void aModelThatAgreesWithTheRulesChangesNoTagOfTheLabelledPassages() throws Exception {
        ArticleTagger consulted = RULES.withModel(model(ModelDecision::agreeing, LinkDecision.AS_FOUND));
        List<ArticleText> passages = TestTaggers.labelledPassages();
        assertThat(passages).hasSizeGreaterThan(50);
        for (ArticleText a : passages) {
            Tags rules = RULES.tag(a);
            Tags model = consulted.tag(a);
            assertThat(model.events()).as(a.id()).isEqualTo(rules.events());
            assertThat(model.notes()).as(a.id()).isEqualTo(rules.notes());
            assertThat(model.links()).as(a.id()).isEqualTo(rules.links());
            assertThat(model.taggerVersion()).isEqualTo(rules.taggerVersion() + "+m-test");
        }
    }

    @Test
    void whatTheModelRejectsIsNotEmitted() {
        ArticleText a = new ArticleText(
                "m1",
                "",
                "The United States imposed new sanctions on Iran on Monday. Gold rose 1% after the announcement.",
                PUBLISHED);
        Tags rules = RULES.tag(a);
        assertThat(rules.events()).extracting(EventFinding::type).contains("sanctions");
        assertThat(rules.notes()).extracting(NoteFinding::asset).contains("GOLD");
        assertThat(rules.links()).isNotEmpty();

        Tags none = RULES.withModel(model(in -> new ModelDecision(Map.of(), new BitSet()), LinkDecision.AS_FOUND))
                .tag(a);
        assertThat(none.events()).isEmpty();
        assertThat(none.notes()).isEmpty();
        assertThat(none.links()).isEmpty();

        Tags eventsOnly = RULES.withModel(model(
                        in -> new ModelDecision(ModelDecision.agreeing(in).eventTypes(), new BitSet()),
                        LinkDecision.AS_FOUND))
                .tag(a);
        assertThat(eventsOnly.events())
                .extracting(EventFinding::type)
                .isEqualTo(rules.events().stream().map(EventFinding::type).toList());
        assertThat(eventsOnly.notes()).isEmpty();

        Tags unlinked = RULES.withModel(model(ModelDecision::agreeing, LinkDecision.NONE))
                .tag(a);
        assertThat(unlinked.events()).isEqualTo(rules.events());
        assertThat(unlinked.notes()).isEqualTo(rules.notes());
        assertThat(unlinked.links()).isEmpty();
    }

    @Test
    void anEventTheModelReadsWhereNoTriggerStoodIsEmittedWithTheSentenceAsEvidence() {
        String sentence = "French voters handed the centrist bloc a clear majority on Sunday.";
        ArticleText a = new ArticleText("m2", "", sentence + " The euro rose 0.5% in early trading.", PUBLISHED);
        assertThat(RULES.tag(a).events()).extracting(EventFinding::type).doesNotContain("election");

        Tags read = RULES.withModel(model(
                        in -> {
                            Map<String, ModelDecision.TypeDecision> types =
                                    new HashMap<>(ModelDecision.agreeing(in).eventTypes());
                            int voters = in.sentences().stream()
                                    .filter(s -> in.text()
                                            .substring(
                                                    in.tokens().get(s.from()).start(),
                                                    in.tokens().get(s.to() - 1).end())
                                            .contains("voters"))
                                    .findFirst()
                                    .orElseThrow()
                                    .index();
                            types.put("election", new ModelDecision.TypeDecision(0.66, voters));
                            return new ModelDecision(
                                    types, ModelDecision.agreeing(in).keptMoves());
                        },
                        LinkDecision.AS_FOUND))
                .tag(a);
        EventFinding election = read.events().stream()
                .filter(e -> e.type().equals("election"))
                .findFirst()
                .orElseThrow();
        assertThat(election.countries()).containsExactly("FR");
        assertThat(election.confidence()).isEqualTo(0.66);
        assertThat(election.evidence().text()).isEqualTo(sentence);
        assertThat(read.notes()).extracting(NoteFinding::asset).contains("EURUSD");
        assertThat(read.links()).anyMatch(l -> l.event().equals(election.id()));
    }

    @Test
    void aLinkTheModelReadsWhereTheRulesFoundNoneTiesTheClosestEventAndNote() {
        ArticleText a = new ArticleText(
                "m4",
                "",
                "The United States imposed new sanctions on Iran on Monday.\n\nSeparately, gold rose 1% in London.",
                PUBLISHED);
        Tags rules = RULES.tag(a);
        assertThat(rules.events()).isNotEmpty();
        assertThat(rules.notes()).isNotEmpty();
        Tags linked = RULES.withModel(model(ModelDecision::agreeing, LinkDecision.LINKED))
                .tag(a);
        assertThat(linked.links()).isNotEmpty();
        if (rules.links().isEmpty()) {
            assertThat(linked.links())
                    .singleElement()
                    .satisfies(l -> assertThat(l.basis()).isEqualTo("same_article"));
        } else {
            assertThat(linked.links()).isEqualTo(rules.links());
        }
    }

    @Test
    void anEventTypeOutsideTheTaxonomyIsAnError() {
        ArticleTagger wrong = RULES.withModel(model(
                in -> new ModelDecision(Map.of("weather.storm", new ModelDecision.TypeDecision(0.9, 0)), new BitSet()),
                LinkDecision.AS_FOUND));
        assertThatThrownBy(() -> wrong.tag(new ArticleText("m3", "", "Gold rose.", PUBLISHED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("weather.storm");
    }

    @Test
    void rulesOnlyIsNeverConsulted() {
        assertThat(TaggingModel.RULES_ONLY.consulted()).isFalse();
        assertThat(RULES.model()).isSameAs(TaggingModel.RULES_ONLY);
        assertThat(RULES.taggerVersion()).isEqualTo(TaggerVersion.get());
    }
}
