package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.tagging.model.SentenceDecision;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.model.SentenceModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The seam a learned layer plugs into: what a {@link SentenceModel} decides is what the tagger
 * emits, and a model that agrees with the rules changes nothing.
 */
class ModelConsultationTest {
    /** A model written for the test: consulted, deciding by the given function. */
    private static SentenceModel model(BiFunction<SentenceInput, SentenceDecision, SentenceDecision> decide) {
        return new SentenceModel() {
            @Override
            public boolean consulted() {
                return true;
            }

            @Override
            public SentenceDecision decide(SentenceInput sentence, SentenceDecision rules) {
                return decide.apply(sentence, rules);
            }
        };
    }

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-10T09:00:00+02:00");

    @Test
    void aModelThatAgreesWithTheRulesChangesNoTagOfTheLabelledPassages() throws Exception {
        ArticleTagger consulted = TestTaggers.TAGGER.withModel(model((sentence, rules) -> rules));
        List<ArticleText> passages = labelledPassages();
        assertThat(passages).hasSizeGreaterThan(50);
        for (ArticleText a : passages) {
            assertThat(consulted.tag(a)).as(a.id()).isEqualTo(TestTaggers.TAGGER.tag(a));
        }
    }

    @Test
    void whatTheModelRejectsIsNotEmitted() {
        ArticleText a = new ArticleText(
                "m1",
                "",
                "The United States imposed new sanctions on Iran on Monday. Gold rose 1% after the announcement.",
                PUBLISHED);
        Tags rules = TestTaggers.TAGGER.tag(a);
        assertThat(rules.events()).extracting(EventFinding::type).contains("sanctions");
        assertThat(rules.notes()).extracting(NoteFinding::asset).contains("GOLD");

        Tags none = TestTaggers.TAGGER
                .withModel(model((sentence, found) -> new SentenceDecision(Map.of(), false)))
                .tag(a);
        assertThat(none.events()).isEmpty();
        assertThat(none.notes()).isEmpty();
        assertThat(none.links()).isEmpty();

        Tags eventsOnly = TestTaggers.TAGGER
                .withModel(model((sentence, found) -> new SentenceDecision(found.eventTypes(), false)))
                .tag(a);
        assertThat(eventsOnly.events())
                .extracting(EventFinding::type)
                .isEqualTo(rules.events().stream().map(EventFinding::type).toList());
        assertThat(eventsOnly.notes()).isEmpty();
    }

    @Test
    void anEventTheModelReadsWhereNoTriggerStoodIsEmittedWithTheSentenceAsEvidence() {
        String sentence = "French voters handed the centrist bloc a clear majority on Sunday.";
        ArticleText a = new ArticleText("m2", "", sentence + " The euro rose 0.5% in early trading.", PUBLISHED);
        assertThat(TestTaggers.TAGGER.tag(a).events())
                .extracting(EventFinding::type)
                .doesNotContain("election");

        Tags read = TestTaggers.TAGGER
                .withModel(model((s, rules) -> {
                    Map<String, Double> types = new HashMap<>(rules.eventTypes());
                    if (s.text().contains("voters")) {
                        types.put("election", 0.66);
                    }
                    return new SentenceDecision(types, rules.notes());
                }))
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
    void anEventTypeOutsideTheTaxonomyIsAnError() {
        ArticleTagger wrong = TestTaggers.TAGGER.withModel(
                model((s, rules) -> new SentenceDecision(Map.of("weather.storm", 0.9), rules.notes())));
        assertThatThrownBy(() -> wrong.tag(new ArticleText("m3", "", "Gold rose.", PUBLISHED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("weather.storm");
    }

    @Test
    void rulesOnlyIsNeverConsulted() {
        assertThat(SentenceModel.RULES_ONLY.consulted()).isFalse();
        assertThat(TestTaggers.TAGGER.model()).isSameAs(SentenceModel.RULES_ONLY);
    }

    private static List<ArticleText> labelledPassages() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleText> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ModelConsultationTest.class.getResourceAsStream("/tagging/labelled.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                JsonNode published = n.get("published_at");
                out.add(new ArticleText(
                        n.get("id").asText(),
                        n.path("title").asText(""),
                        n.path("body").asText(""),
                        published == null || published.isNull() ? null : OffsetDateTime.parse(published.asText())));
            }
        }
        return out;
    }
}
