package dev.mrt.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenized, sentence-split and phrase-matched article that every extractor reads.
 * Built once per article; extractors never re-read the raw text except for evidence.
 */
final class ArticleAnalysis {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<List<Mention>> mentions;
    final LocalDate publishedDate;
    final CountrySalience salience;
    /** Sentences before this index are the title's. */
    final int firstBodySentence;

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

    static ArticleAnalysis of(ArticleText article, Taxonomy taxonomy) {
        String text = article.fullText();
        List<Token> tokens = Tokenizer.tokenize(text, taxonomy.vocabulary());
        List<Sentence> sentences = new SentenceSplitter(taxonomy.lexicon().abbreviations()).split(text, tokens);
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            mentions.add(taxonomy.matcher().match(text, tokens, s.from(), s.to()));
        }
        LocalDate published =
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
        return new ArticleAnalysis(
                text,
                tokens,
                sentences,
                mentions,
                published,
                CountrySalience.of(mentions, taxonomy),
                taxonomy.lexicon(),
                article.title().length());
    }

    Lexicon lexicon() {
        return lexicon;
    }

    String norm(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < tokens.size()
                ? tokens.get(tokenIndex).norm()
                : "";
    }

    Evidence evidence(int fromToken, int toToken) {
        int start = tokens.get(fromToken).start();
        int end = tokens.get(toToken - 1).end();
        return Evidence.of(text, start, end);
    }

    Evidence sentenceEvidence(Sentence s) {
        return evidence(s.from(), s.to());
    }

    /** The mention covering a token, or null. */
    Mention mentionAt(int sentenceIndex, int tokenIndex) {
        Sentence s = sentences.get(sentenceIndex);
        return tokenIndex >= s.from() && tokenIndex < s.to() ? byToken[tokenIndex] : null;
    }
}
