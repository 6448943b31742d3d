package dev.mrt.ingest;

import java.util.function.Consumer;

/** Where an import sends its records: a topic in production, a list in tests. */
public interface RecordSink<T> extends AutoCloseable {

    /**
     * Sends asynchronously; {@code done} gets null once the record is stored, or the error.
     * May also throw when the record cannot even be handed over.
     */
    void send(T record, Consumer<Exception> done);

    /** Returns when every record sent so far is stored or has failed. */
    void flush();

    @Override
    void close();
}
