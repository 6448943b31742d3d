package dev.mrt.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> norms(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    @Test
    void foldsCaseStemsAndKeepsNumbersWhole() {
        assertThat(norms("Yields ROSE 2.41% on Tuesday"))
                .containsExactly("yield", LightStemmer.stem("rose"), "2.41", "%", "on", "tuesday");
    }

    @Test
    void acronymWithPeriodsIsOneToken() {
        List<Token> t = Tokenizer.tokenize("the U.S. dollar");
        assertThat(t).extracting(Token::norm).containsExactly("the", "us", "dollar");
        assertThat(t.get(1).start()).isEqualTo(4);
        assertThat(t.get(1).end()).isEqualTo(8);
    }

    @Test
    void possessiveIsSplitOffAndCurlyApostrophesFold() {
        assertThat(norms("Bloomberg\u2019s Mark didn\u2019t")).containsExactly("bloomberg", "'s", "mark", "didn't");
    }

    @Test
    void hyphensInsideWordsSeparateWithoutBecomingTokens() {
        assertThat(norms("risk-off US-China 10-year")).containsExactly("risk", "off", "us", "china", "10", "year");
    }

    @Test
    void offsetsAreUtf16IntoTheInput() {
        String text = "\uD83D\uDE00 gold rose";
        List<Token> t = Tokenizer.tokenize(text);
        Token gold = t.stream().filter(x -> x.norm().equals("gold")).findFirst().orElseThrow();
        assertThat(text.substring(gold.start(), gold.end())).isEqualTo("gold");
    }

    @Test
    void inflectionsShareAStem() {
        assertThat(LightStemmer.stem("rallied"))
                .isEqualTo(LightStemmer.stem("rally"))
                .isEqualTo(LightStemmer.stem("rallying"));
        assertThat(LightStemmer.stem("rising")).isEqualTo(LightStemmer.stem("rise"));
        assertThat(LightStemmer.stem("slipped")).isEqualTo(LightStemmer.stem("slip"));
        assertThat(LightStemmer.stem("us")).isEqualTo("us");
    }
}
