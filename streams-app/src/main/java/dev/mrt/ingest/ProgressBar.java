package dev.mrt.ingest;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/** On a terminal: one line redrawn in place (carriage return), at most ten times a second. */
public final class ProgressBar implements ImportDisplay {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String CLEAR_LINE = "\r\u001b[2K";
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final LongSupplier nanoTime;
    private long lastDraw = Long.MIN_VALUE;
    private String shown = "";

    public ProgressBar(PrintWriter out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void update(ImportProgress p) {
        long now = nanoTime.getAsLong();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        shown = ProgressText.bar(p, WIDTH);
        out.print(CLEAR_LINE + shown);
        out.flush();
    }

    @Override
    public synchronized void message(String line) {
        out.print(CLEAR_LINE + line + System.lineSeparator() + shown);
        out.flush();
    }

    @Override
    public synchronized void finish(ImportProgress p) {
        shown = ProgressText.bar(p, WIDTH);
        out.print(CLEAR_LINE + shown + System.lineSeparator());
        out.flush();
    }
}
