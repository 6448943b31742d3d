package dev.mrt.ingest;

import dev.mrt.avro.Article;
import java.util.function.Consumer;

/** Where an import sends articles: the articles topic in production, a list in tests. */
public interface ArticleSink extends AutoCloseable {

    /**
     * Sends asynchronously; {@code done} gets null once the article is stored, or the error.
     * May also throw when the article cannot even be handed over.
     */
    void send(Article article, Consumer<Exception> done);

    /** Returns when every article sent so far is stored or has failed. */
    void flush();

    @Override
    void close();
}
