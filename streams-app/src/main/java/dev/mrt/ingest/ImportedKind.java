package dev.mrt.ingest;

import dev.mrt.avro.Article;
import dev.mrt.avro.PriceTick;
import java.time.Instant;
import java.util.function.Function;

/**
 * What an import reads, for its messages and its summary: the word for one record, the time a
 * record carries (the oldest decides the retention warning) and how to name one in a message.
 */
public record ImportedKind<T>(String plural, Function<T, Instant> time, Function<T, String> name) {
    public static final ImportedKind<Article> ARTICLES =
            new ImportedKind<>("articles", Article::getPublishedAt, a -> "article " + a.getId());
    public static final ImportedKind<PriceTick> PRICES = new ImportedKind<>(
            "prices", PriceTick::getTime, p -> "price of " + p.getInstrument() + " at " + p.getTime());
}
