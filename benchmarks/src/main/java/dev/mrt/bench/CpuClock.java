package dev.mrt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the whole JVM (broker and readers included) and of one application's stream
 * threads. On a 2-core machine shared with other work, CPU-seconds per article is steadier than
 * wall time.
 */
final class CpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {}

    static double processSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** CPU time of the live stream threads of {@code applicationId}, summed. */
    static double streamThreadSeconds(String applicationId) {
        double total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (info != null
                    && info.getThreadName().startsWith(applicationId + "-")
                    && info.getThreadName().contains("-StreamThread-")) {
                long ns = THREADS.getThreadCpuTime(info.getThreadId());
                total += ns > 0 ? ns / 1e9 : 0;
            }
        }
        return total;
    }
}
