package dev.mrt.tagging.analysis;

import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.SentenceSplitter;
import dev.mrt.tagging.text.Token;
import dev.mrt.tagging.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenized, sentence-split and phrase-matched article that every extractor reads.
 * Built once per article; extractors never re-read the raw text except for evidence.
 */
public final class ArticleAnalysis {
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<List<Mention>> mentions;
    private final LocalDate publishedDate;
    private final CountrySalience salience;
    /** Sentences before this index are the title's. */
    private final int firstBodySentence;

    private final Lexicon lexicon;
    /** The mention covering each token, or null: constant-time lookups for the extractors. */
    private final Mention[] byToken;

    private ArticleAnalysis(
            String text,
            List<Token> tokens,
            List<Sentence> sentences,
            List<List<Mention>> mentions,
            LocalDate publishedDate,
            CountrySalience salience,
            Lexicon lexicon,
            int titleLength) {
        this.lexicon = lexicon;
        this.byToken = new Mention[tokens.size()];
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                for (int i = m.from(); i < m.to(); i++) {
                    byToken[i] = m;
                }
            }
        }
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.mentions = mentions;
        this.publishedDate = publishedDate;
        this.salience = salience;
        int body = 0;
        while (body < sentences.size() && tokens.get(sentences.get(body).from()).start() < titleLength) {
            body++;
        }
        this.firstBodySentence = body;
    }

    /**
     * @param text        title, blank line, body: what evidence offsets index into
     * @param titleLength chars of {@code text} that are the title's
     * @param published   publication date in the publisher's offset, or null
     */
    public static ArticleAnalysis of(String text, int titleLength, LocalDate published, Taxonomy taxonomy) {
        List<Token> tokens = Tokenizer.tokenize(text, taxonomy.vocabulary());
        List<Sentence> sentences = new SentenceSplitter(taxonomy.lexicon().abbreviations()).split(text, tokens);
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            mentions.add(taxonomy.matcher().match(text, tokens, s.from(), s.to()));
        }
        return new ArticleAnalysis(
                text,
                tokens,
                sentences,
                mentions,
                published,
                CountrySalience.of(mentions, taxonomy),
                taxonomy.lexicon(),
                titleLength);
    }

    /** {@code title + "\n\n" + body}: what token offsets index into. */
    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The phrases matched in each sentence, in text order. */
    public List<List<Mention>> mentions() {
        return mentions;
    }

    /** The publication date in the publisher's offset, or null. */
    public LocalDate publishedDate() {
        return publishedDate;
    }

    public CountrySalience salience() {
        return salience;
    }

    /** Sentences before this index are the title's. */
    public int firstBodySentence() {
        return firstBodySentence;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public String norm(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < tokens.size()
                ? tokens.get(tokenIndex).norm()
                : "";
    }

    /** Char offset in {@link #text()} where token {@code fromToken} starts. */
    public int startOf(int fromToken) {
        return tokens.get(fromToken).start();
    }

    /** Char offset in {@link #text()} where the token before {@code toToken} ends. */
    public int endOf(int toToken) {
        return tokens.get(toToken - 1).end();
    }

    /** The text of tokens [fromToken, toToken), with whatever lies between them. */
    public String textOf(int fromToken, int toToken) {
        return text.substring(startOf(fromToken), endOf(toToken));
    }

    /** The mention covering a token, or null. */
    public Mention mentionAt(int sentenceIndex, int tokenIndex) {
        Sentence s = sentences.get(sentenceIndex);
        return tokenIndex >= s.from() && tokenIndex < s.to() ? byToken[tokenIndex] : null;
    }
}
