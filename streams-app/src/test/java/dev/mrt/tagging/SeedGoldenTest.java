package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Modality;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The canonical story of the product (shared/seed): what it must find, exactly. */
class SeedGoldenTest {
    private static final Path SEED = TestTaggers.REPO_ROOT.resolve("../shared/seed/biden-xi-call-2021-09-10.txt");
    private static Tags tags;
    private static String fullText;

    @BeforeAll
    static void tagSeed() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "seed story not present: " + SEED);
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        int firstBreak = text.indexOf('\n');
        String title = text.substring(0, firstBreak).trim();
        String body = text.substring(firstBreak).strip();
        ArticleText article = new ArticleText("seed", title, body, OffsetDateTime.parse("2021-09-10T08:25:00-04:00"));
        fullText = article.fullText();
        tags = TestTaggers.TAGGER.tag(article);
    }

    private EventFinding call() {
        return tags.events().stream()
                .filter(e -> e.type().equals("diplomacy.leader_call"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void findsTheLeaderCallOfThursdayNight() {
        EventFinding call = call();
        assertThat(call.actors()).contains("Joe Biden", "Xi Jinping");
        assertThat(call.countries()).containsExactly("CN", "US");
        assertThat(call.eventDate()).isEqualTo(LocalDate.of(2021, 9, 9));
    }

    @Test
    void treasuryYieldsRoseSlightly() {
        NoteFinding n = TestTaggers.note(tags, "UST_YIELDS");
        assertThat(n).isNotNull();
        assertThat(n.direction()).isEqualTo(Direction.UP);
        assertThat(n.magnitude()).isEqualTo(Magnitude.SMALL);
        assertThat(n.modality()).isEqualTo(Modality.REALIZED);
    }

    @Test
    void offshoreYuanExpectedToGainPerMarkCranfield() {
        NoteFinding n = TestTaggers.note(tags, "USDCNH");
        assertThat(n).isNotNull();
        assertThat(n.direction()).isEqualTo(Direction.DOWN);
        assertThat(n.modality()).isEqualTo(Modality.EXPECTED);
        assertThat(n.attribution()).contains("Mark Cranfield").contains("Bloomberg");
    }

    @Test
    void riskSentimentUp() {
        NoteFinding n = TestTaggers.note(tags, "RISK_SENTIMENT");
        assertThat(n).isNotNull();
        assertThat(n.direction()).isEqualTo(Direction.UP);
        assertThat(tags.tags()).contains("us-china", "diplomacy", "rates", "fx", "risk-on");
    }

    @Test
    void theCallIsLinkedToEachOfThoseNotes() {
        String callId = call().id();
        for (String asset : new String[] {"UST_YIELDS", "USDCNH", "RISK_SENTIMENT"}) {
            String noteId = TestTaggers.note(tags, asset).id();
            assertThat(tags.links())
                    .as(asset)
                    .anyMatch(l -> l.event().equals(callId) && l.note().equals(noteId) && l.confidence() > 0.5);
        }
    }

    @Test
    void evidenceOffsetsPointIntoTitleAndBody() {
        for (NoteFinding n : tags.notes()) {
            assertThat(fullText.substring(n.evidence().start(), n.evidence().end()))
                    .isEqualTo(n.evidence().text());
        }
        for (EventFinding e : tags.events()) {
            assertThat(fullText.substring(e.evidence().start(), e.evidence().end()))
                    .isEqualTo(e.evidence().text());
        }
        assertThat(TestTaggers.note(tags, "UST_YIELDS").evidence().text()).contains("Treasuries drifted lower");
    }
}
