package dev.mrt.ingest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Reads an archive and sends its records (articles for {@code import}, prices for
 * {@code import-prices}), accounting for every record: each is sent, rejected (not a record of
 * the kind: written to the rejects file and shown with its line number), or failed (the broker
 * did not take it: the same). The import goes on after a bad record. It stops early only when
 * asked to, or when sends keep failing (a broker gone away would otherwise make every remaining
 * record wait out the producer's timeouts).
 */
public final class ArchiveImport<T> {
    /** Consecutive failed sends after which the broker is taken to be gone. */
    public static final int GIVE_UP_AFTER_FAILURES = 100;

    private final RecordSink<T> sink;
    private final ImportedKind<T> kind;
    private final Throttle throttle;
    private final ImportDisplay display;
    private final RejectsFile rejects;
    private final LongSupplier nanoTime;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong failuresInARow = new AtomicLong();
    private volatile String lastFailure;
    private long read;
    private long rejected;
    private Instant oldest;

    public ArchiveImport(
            RecordSink<T> sink,
            ImportedKind<T> kind,
            Throttle throttle,
            ImportDisplay display,
            RejectsFile rejects,
            LongSupplier nanoTime) {
        this.sink = sink;
        this.kind = kind;
        this.throttle = throttle;
        this.display = display;
        this.rejects = rejects;
        this.nanoTime = nanoTime;
    }

    /** The import of an article archive. */
    public static ArchiveImport<dev.mrt.avro.Article> ofArticles(
            ArticleSink sink, Throttle throttle, ImportDisplay display, RejectsFile rejects, LongSupplier nanoTime) {
        return new ArchiveImport<>(sink, ImportedKind.ARTICLES, throttle, display, rejects, nanoTime);
    }

    public ImportSummary run(ArchiveSource<T> source, BooleanSupplier stopRequested)
            throws IOException, InterruptedException {
        long t0 = nanoTime.getAsLong();
        String stoppedEarly = null;
        long lastLine = 0;
        ArchiveEntry<T> entry;
        while ((entry = source.reader().next()) != null) {
            read++;
            lastLine = entry.line();
            if (entry instanceof ArchiveEntry.Rejected<T> r) {
                rejected++;
                reject(r.line(), r.reason(), r.raw());
            } else if (entry instanceof ArchiveEntry.Parsed<T> p) {
                Instant time = kind.time().apply(p.record());
                oldest = oldest == null || time.isBefore(oldest) ? time : oldest;
                throttle.acquire();
                send(p);
            }
            display.update(progress(source, t0));
            if (failuresInARow.get() >= GIVE_UP_AFTER_FAILURES) {
                stoppedEarly = "gave up after " + GIVE_UP_AFTER_FAILURES + " failed sends in a row; last error: "
                        + lastFailure;
                break;
            }
            if (stopRequested.getAsBoolean()) {
                stoppedEarly = "stopped on request";
                break;
            }
        }
        sink.flush();
        ImportProgress last = progress(source, t0);
        display.finish(last);
        return new ImportSummary(
                read, sent.get(), rejected, failed.get(), last.elapsed(), stoppedEarly, lastLine, oldest);
    }

    private void send(ArchiveEntry.Parsed<T> p) {
        try {
            sink.send(p.record(), error -> {
                if (error == null) {
                    sent.incrementAndGet();
                    failuresInARow.set(0);
                } else {
                    fail(p, error);
                }
            });
        } catch (RuntimeException e) {
            fail(p, e);
        }
    }

    private void fail(ArchiveEntry.Parsed<T> p, Exception e) {
        failed.incrementAndGet();
        failuresInARow.incrementAndGet();
        lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
        reject(p.line(), "send failed (" + kind.name().apply(p.record()) + "): " + lastFailure, p.raw());
    }

    private void reject(long line, String reason, String raw) {
        rejects.add(line, reason, raw);
        display.message("line " + line + ": " + reason);
    }

    private ImportProgress progress(ArchiveSource<T> source, long t0) {
        return new ImportProgress(
                read,
                sent.get(),
                rejected,
                failed.get(),
                source.bytesRead(),
                source.size(),
                Duration.ofNanos(nanoTime.getAsLong() - t0));
    }
}
