package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Whatever the input, the tagger does not throw, keeps evidence inside the text, and repeats itself exactly. */
class TaggerPropertiesTest {
    private static final ArticleTagger TAGGER = TestTaggers.TAGGER;
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-05-03T09:00:00+02:00");

    private static void checkSane(String title, String body) {
        ArticleText article = new ArticleText("p", title, body, PUBLISHED);
        Tags first = TAGGER.tag(article);
        Tags second = TAGGER.tag(article);
        assertThat(second).isEqualTo(first);
        String full = article.fullText();
        first.notes()
                .forEach(n -> assertThat(full.substring(
                                n.evidence().start(), n.evidence().end()))
                        .isEqualTo(n.evidence().text()));
        first.events()
                .forEach(e -> assertThat(full.substring(
                                e.evidence().start(), e.evidence().end()))
                        .isEqualTo(e.evidence().text()));
    }

    @Property(tries = 200)
    void arbitraryUnicode(
            @ForAll @StringLength(max = 400) String title, @ForAll @StringLength(max = 2000) String body) {
        checkSane(title, body);
    }

    @Property(tries = 200)
    void marketWordSoup(@ForAll("soup") String body) {
        checkSane("Markets", body);
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> words = Arbitraries.of(
                "the",
                "dollar",
                "yen",
                "rose",
                "fell",
                "Treasuries",
                "not",
                "could",
                "if",
                "against",
                "offshore",
                "yuan",
                "Xi",
                "Biden",
                "call",
                "after",
                "said",
                ".",
                ",",
                "\n\n",
                "<b>",
                "</p>",
                "&amp;",
                "股市",
                "上涨",
                "Рубль",
                "упал",
                "U.S.",
                "10-year",
                "yield",
                "on",
                "Thursday",
                "night",
                "tariffs",
                "’s",
                "“",
                "”",
                "didn’t",
                "sanctions",
                "Bloomberg’s",
                "according to",
                "per",
                "%",
                "3.5",
                "-",
                "—",
                "(",
                ")");
        return words.list().ofMaxSize(300).map(l -> String.join(" ", l));
    }

    @Test
    void emptyAndBlankText() {
        checkSane("", "");
        checkSane(" ", "\n\n\n");
        assertThat(TAGGER.tag(new ArticleText("e", null, null, null)).notes()).isEmpty();
    }

    @Test
    void markupAndMixedScripts() {
        checkSane(
                "<h1>Gold &amp; silver</h1>",
                "<p>Gold rose 2%.</p><script>var x = 'yields fell';</script> 黄金价格上涨。Золото выросло. الذهب ارتفع");
        checkSane("\uD83D\uDE80 Bitcoin", "Bitcoin \uD83D\uDE80 surged \u200B past 100k; the ruble\u00A0fell.");
    }

    @Test
    void fiveMegabytesOfText() {
        String paragraph =
                "The yen strengthened against the dollar after the Bank of Japan raised interest rates on Thursday, "
                        + "while Treasuries drifted lower and Chinese stocks fell. Traders doubt the yuan will fall. ";
        StringBuilder sb = new StringBuilder(5_100_000);
        while (sb.length() < 5_000_000) {
            sb.append(paragraph);
        }
        Tags tags = TAGGER.tag(new ArticleText("big", "Big", sb.toString(), PUBLISHED));
        assertThat(tags.notes()).isNotEmpty();
        assertThat(tags.events()).isNotEmpty();
    }
}
