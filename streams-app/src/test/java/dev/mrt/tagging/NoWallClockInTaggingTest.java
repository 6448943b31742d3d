package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.testing.TestConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Determinism of replays: the tagger must be a function of the text and the taxonomy. A reading
 * of the wall clock in the tagging package would make a replay differ from the live run.
 */
class NoWallClockInTaggingTest {
    private static final Pattern WALL_CLOCK = Pattern.compile(
            "System\\.currentTimeMillis|\\b(Instant|LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|LocalTime|Year)\\.now\\(|"
                    + "Clock\\.system|new Date\\(\\)|new java\\.util\\.Date\\(\\)|Calendar\\.getInstance");

    @Test
    void theTaggingPackageNeverReadsTheWallClock() throws IOException {
        Path tagging = TestConfigs.repoRoot().resolve("streams-app/src/main/java/dev/mrt/tagging");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(tagging)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            List<String> lines = Files.readAllLines(p);
                            return java.util.stream.IntStream.range(0, lines.size())
                                    .filter(i ->
                                            WALL_CLOCK.matcher(lines.get(i)).find())
                                    .mapToObj(i -> tagging.relativize(p) + ":" + (i + 1) + ": "
                                            + lines.get(i).strip());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(Files.isDirectory(tagging)).isTrue();
        assertThat(offenders).isEmpty();
    }
}
