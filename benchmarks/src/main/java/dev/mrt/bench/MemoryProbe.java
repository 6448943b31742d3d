package dev.mrt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * This JVM's memory at one moment: heap in use right after a full collection (what is really
 * retained), committed heap, non-heap (metaspace, code cache), resident set size from
 * {@code /proc/self/status} (heap, RocksDB's native memory, thread stacks, mapped files), and the
 * size of the Kafka Streams state directory on disk.
 */
record MemoryProbe(long heapAfterGc, long heapCommitted, long nonHeap, long rss, long stateOnDisk) {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    static MemoryProbe take(Path stateDir) {
        System.gc();
        long heap = MEMORY.getHeapMemoryUsage().getUsed();
        return new MemoryProbe(
                heap,
                MEMORY.getHeapMemoryUsage().getCommitted(),
                MEMORY.getNonHeapMemoryUsage().getUsed(),
                residentSetSize(),
                sizeOf(stateDir));
    }

    /** VmRSS in bytes, or -1 where there is no /proc. */
    static long residentSetSize() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long sizeOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            // A RocksDB file deleted by compaction while we walk: it no longer counts.
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
