package dev.mrt.replay;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Prints a replay's progress as plain lines: a summary, then one line per input partition. */
public final class ReplayProgressLines implements ReplayListener {
    private final PrintWriter out;
    private final ReplayId id;

    public ReplayProgressLines(PrintWriter out, ReplayId id) {
        this.out = out;
        this.id = id;
    }

    @Override
    public void offsetsReset(Map<TopicPartition, Long> offsets) {
        if (offsets.isEmpty()) {
            out.printf("replay %s: resuming from the committed offsets%n", id);
        } else {
            out.printf("replay %s: start offsets set for %d partition(s)%n", id, offsets.size());
        }
        out.flush();
    }

    @Override
    public void progress(CatchUpStatus status) {
        out.print(format(id, status));
        out.flush();
    }

    @Override
    public void following() {
        out.printf("replay %s: caught up; following new input (Ctrl-C to stop)%n", id);
        out.flush();
    }

    static String format(ReplayId id, CatchUpStatus status) {
        StringBuilder b = new StringBuilder();
        long total = status.inputs().stream()
                .mapToLong(p -> Math.max(0, p.target() - p.start()))
                .sum();
        long left = status.inputsRemaining();
        if (status.caughtUp()) {
            b.append(String.format(Locale.ROOT, "replay %s: caught up%n", id));
        } else if (status.inputsDone()) {
            b.append(String.format(
                    Locale.ROOT,
                    "replay %s: inputs done; %d record(s) left on intermediate topics%n",
                    id,
                    status.downstreamBehind()));
        } else {
            b.append(String.format(
                    Locale.ROOT,
                    "replay %s: %d of %d input offsets processed (%.0f%%), %d left%n",
                    id,
                    total - left,
                    total,
                    total == 0 ? 100.0 : 100.0 * (total - left) / total,
                    left));
        }
        int width = status.inputs().stream()
                .mapToInt(p -> p.partition().toString().length())
                .max()
                .orElse(0);
        for (PartitionProgress p : status.inputs()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  offset %d of %d (%3.0f%%)%s%n",
                    p.partition(),
                    p.done() ? Math.max(p.consumed(), p.target()) : p.consumed(),
                    p.target(),
                    100 * p.fraction(),
                    p.done() ? " done" : ""));
        }
        return b.toString();
    }
}
