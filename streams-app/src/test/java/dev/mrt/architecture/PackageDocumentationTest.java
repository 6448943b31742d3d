package dev.mrt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.testing.TestConfigs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the application says in its {@code package-info.java} what lives there and
 * what it may use. The generated Avro package keeps its own under {@code schemas/src/main/java}.
 */
class PackageDocumentationTest {
    private static final List<String> SOURCE_ROOTS =
            List.of("streams-app/src/main/java", "benchmarks/src/main/java", "schemas/src/main/java");

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path repo = TestConfigs.repoRoot();
        List<String> undocumented;
        List<Path> packages;
        try (Stream<Path> roots = SOURCE_ROOTS.stream().map(repo::resolve)) {
            packages = roots.flatMap(PackageDocumentationTest::packagesUnder).toList();
        }
        undocumented = packages.stream()
                .filter(p -> !Files.isRegularFile(p.resolve("package-info.java")))
                .map(p -> repo.relativize(p).toString())
                .toList();
        assertThat(packages).as("packages found").hasSizeGreaterThan(15);
        assertThat(undocumented).isEmpty();
        assertThat(repo.resolve("schemas/src/main/java/dev/mrt/avro/package-info.java"))
                .isRegularFile();
    }

    /** Directories holding Java sources. */
    private static Stream<Path> packagesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(Path::getParent).distinct().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
