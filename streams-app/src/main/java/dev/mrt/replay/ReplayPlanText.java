package dev.mrt.replay;

import java.util.Locale;
import java.util.Map;

/** The plan as the user reads it: what {@code replay --dry-run} prints, and what a replay announces. */
public final class ReplayPlanText {

    private ReplayPlanText() {}

    public static String format(ReplayPlan plan) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "replay id        %s%n", plan.id()));
        b.append(String.format(
                Locale.ROOT,
                "application id   %s (%s)%n",
                plan.applicationId(),
                plan.resuming()
                        ? "resuming: the group has committed offsets, --from is not used for them"
                        : "new consumer group"));
        b.append(String.format(Locale.ROOT, "event time       %s%n", plan.window()));
        b.append(String.format(Locale.ROOT, "inputs           %s%n", String.join(", ", plan.inputs())));
        b.append("outputs          live topic -> replay topic\n");
        int width =
                plan.outputs().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> e : plan.outputs().entrySet()) {
            b.append(String.format(Locale.ROOT, "                 %-" + width + "s -> %s%n", e.getKey(), e.getValue()));
        }
        int pw = Math.max(
                "partition".length(),
                plan.partitions().stream()
                        .mapToInt(p -> p.partition().toString().length())
                        .max()
                        .orElse(0));
        b.append(String.format(
                Locale.ROOT,
                "%-" + pw + "s  %12s  %12s  %12s  %s%n",
                "partition",
                "start",
                "end",
                "to read",
                "start from"));
        for (PartitionPlan p : plan.partitions()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-" + pw + "s  %12d  %12d  %12d  %s%n",
                    p.partition(),
                    p.start(),
                    p.end(),
                    p.toProcess(),
                    p.resumed() ? "committed offset" : "reset"));
        }
        b.append(String.format(Locale.ROOT, "%-" + pw + "s  %12s  %12s  %12d%n", "total", "", "", plan.toProcess()));
        if (plan.outputTaken()) {
            b.append(String.format(
                    Locale.ROOT,
                    "warning: %s already holds records from another run; this replay will not start."
                            + " Choose another --replay-id or --output.%n",
                    plan.enrichedOutput()));
        }
        return b.toString();
    }
}
