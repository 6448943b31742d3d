package dev.mrt.ingest;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Not on a terminal (logs, CI): a plain progress line every so often; nothing redrawn. */
public final class ProgressLines implements ImportDisplay {
    private final PrintWriter out;
    private final LongSupplier nanoTime;
    private final long everyNanos;
    private long next;

    public ProgressLines(PrintWriter out, Duration every, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.everyNanos = every.toNanos();
        this.next = nanoTime.getAsLong() + everyNanos;
    }

    @Override
    public synchronized void update(ImportProgress p) {
        long now = nanoTime.getAsLong();
        if (now < next) {
            return;
        }
        next = now + everyNanos;
        out.println(ProgressText.line(p));
        out.flush();
    }

    @Override
    public synchronized void message(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public synchronized void finish(ImportProgress p) {
        out.println(ProgressText.line(p));
        out.flush();
    }
}
