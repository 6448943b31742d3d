package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap of one {@link ArticleTagger}: heap used after full GCs before and after loading
 * N independent taggers (each its own taxonomy, nothing shared but classes), divided by N. Run
 * with a serial collector so that "used after GC" is exact:
 * {@code java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar dev.mrt.bench.TaggerFootprint [TAXONOMY_DIR] [N]}.
 */
public final class TaggerFootprint {
    private TaggerFootprint() {}

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : "config/taxonomy");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ArticleText article = new ArticleText(
                "footprint",
                "Markets wrap",
                "Treasuries drifted lower after the Federal Reserve signaled no hurry to cut rates. The dollar"
                        + " edged higher against the yen, and gold slipped 0.4%.",
                OffsetDateTime.parse("2024-06-14T09:30:00-04:00"));
        // One tagger first, so that classes and their static tables are in the baseline.
        ArticleTagger first = ArticleTagger.load(dir);
        first.tag(article);
        long before = usedAfterGc();
        List<ArticleTagger> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleTagger t = ArticleTagger.load(dir);
            t.tag(article);
            kept.add(t);
        }
        long after = usedAfterGc();
        System.out.printf(
                "taggers=%d heap after GC: before %.1f MB, after %.1f MB, retained per tagger %.2f MB%n",
                n, before / 1e6, after / 1e6, (after - before) / 1e6 / n);
        dev.mrt.tagging.learned.ShippedModel.get()
                .ifPresent(m -> System.out.printf(
                        "learned model %s: weight tables %.2f MB, one per process (every tagger shares it)%n",
                        m.version(), m.tableBytes() / 1e6));
        Reference.reachabilityFence(kept);
        Reference.reachabilityFence(first);
    }

    /** Heap used once repeated full collections stop freeing anything. */
    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
