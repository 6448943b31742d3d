package dev.mrt.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.TestTaggers;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Tokenizing against the vocabulary (shared strings, hash shortcuts) finds exactly the words plain tokenizing finds. */
class TokenizerVocabularyPropertyTest {
    private static final Vocabulary VOCABULARY = TestTaggers.TAGGER.taxonomy().vocabulary();

    @Property(tries = 300)
    void knownWordsKeepTheirNorm(@ForAll("text") String text) {
        List<Token> plain = Tokenizer.tokenize(text);
        List<Token> fast = Tokenizer.tokenize(text, VOCABULARY);
        assertThat(fast).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            Token p = plain.get(i);
            Token f = fast.get(i);
            assertThat(f.start()).isEqualTo(p.start());
            assertThat(f.end()).isEqualTo(p.end());
            int id = VOCABULARY.id(p.norm());
            assertThat(f.id()).as(p.norm()).isEqualTo(id);
            if (id >= 0) {
                assertThat(f.norm()).isEqualTo(p.norm());
            }
        }
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> words = Arbitraries.of(
                "rallies",
                "rallied",
                "Rallying",
                "yields",
                "Treasuries",
                "parties",
                "tied",
                "studies",
                "Xi",
                "U.S.",
                "didn’t",
                "Bloomberg’s",
                "10-year",
                "3.25%",
                "Ueda",
                "İstanbul",
                "straße",
                "株価",
                "rupee",
                "weakened",
                "plunges",
                "easing",
                "eased",
                "hikes",
                "sanctions",
                "levies",
                "buys",
                "ties",
                "dies",
                "copies",
                "y",
                "yy",
                "ies",
                "ied",
                "—",
                ",",
                ".");
        return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }
}
