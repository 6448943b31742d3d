package dev.mrt.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return new SentenceSplitter(Set.of("mr", "jan"))
                .split(text, tokens).stream()
                        .map(s -> text.substring(
                                tokens.get(s.from()).start(),
                                tokens.get(s.to() - 1).end()))
                        .toList();
    }

    @Test
    void splitsAtTerminalPunctuationBeforeACapital() {
        assertThat(split("Stocks fell. Bonds rose! Did gold move? Yes."))
                .containsExactly("Stocks fell.", "Bonds rose!", "Did gold move?", "Yes.");
    }

    @Test
    void abbreviationsInitialsAndAcronymsDoNotSplit() {
        assertThat(split("Mr. Powell spoke on Jan. 5 to J. Smith about the U.S. economy. Then he left."))
                .containsExactly("Mr. Powell spoke on Jan. 5 to J. Smith about the U.S. economy.", "Then he left.");
    }

    @Test
    void lineBreaksEndHeadlinesAndClosingQuotesStayInside() {
        assertThat(split("Headline without period\n\n\u201CIt fell.\u201D He said so."))
                .containsExactly("Headline without period", "\u201CIt fell.\u201D", "He said so.");
    }

    @Test
    void decimalsDoNotSplit() {
        assertThat(split("The yield was 4.25 percent. Later it fell.")).hasSize(2);
    }
}
