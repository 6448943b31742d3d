package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.taxonomy.TaxonomyLoader;
import java.nio.file.Files;

/**
 * Heap retained by a tagger instance: the taxonomy with its compiled matcher (the rules), and the
 * shipped learned model's weight tables, each measured as used heap after repeated GCs before and
 * after building it while the previous parts stay referenced. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.TaggerMemory}.
 */
public final class TaggerMemory {
    private TaggerMemory() {}

    public static void main(String[] args) {
        long base = usedAfterGc();
        Taxonomy taxonomy = Files.isDirectory(ArticleTagger.DEFAULT_DIR)
                ? TaxonomyLoader.load(ArticleTagger.DEFAULT_DIR)
                : TaxonomyLoader.loadFromClasspath();
        ArticleTagger rules = ArticleTagger.of(taxonomy);
        long withRules = usedAfterGc();
        LearnedModel model = ShippedModel.get().orElseThrow(() -> new IllegalStateException("no shipped model"));
        ArticleTagger shipped = rules.withModel(model);
        long withModel = usedAfterGc();
        System.out.println("| part | retained heap |");
        System.out.println("|---|---:|");
        System.out.printf(
                "| rules (taxonomy %s, compiled) | %.1f MB |%n", taxonomy.version(), (withRules - base) / 1e6);
        System.out.printf(
                "| learned model %s (weight tables %.1f MB) | %.1f MB |%n",
                model.version(), model.tableBytes() / 1e6, (withModel - withRules) / 1e6);
        System.out.printf("| tagger with model | %.1f MB |%n", (withModel - base) / 1e6);
        if (shipped.tag(new dev.mrt.tagging.ArticleText("m", "t", "Gold rose.", null)) == null) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
