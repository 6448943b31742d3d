package dev.mrt.testing;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own ({@code java ... MrtCommand run}), as a user runs it, so a
 * test can kill it with SIGKILL or stop it with SIGTERM. Output goes to a log file, appended; the
 * lines this process wrote can be awaited.
 */
public final class AppProcess implements AutoCloseable {
    /** The line {@code run} logs once Kafka Streams is RUNNING, with the HTTP address (dev.mrt.cli.RunCommand). */
    public static final Pattern RUNNING_LINE = Pattern.compile("Running; dashboard and API at (http://\\S+?)/?$");

    private final Process process;
    private final Path log;
    private final long startedNanos;
    private final long logOffset;

    private AppProcess(Process process, Path log, long startedNanos, long logOffset) {
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
        this.logOffset = logOffset;
    }

    public static AppProcess run(Map<String, String> settings, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.mrt.cli.MrtCommand");
        cmd.add("run");
        settings.forEach((k, v) -> {
            cmd.add("--set");
            cmd.add(k + "=" + v);
        });
        Files.createDirectories(log.getParent());
        long offset = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .directory(new File(System.getProperty("mrt.repo.root", ".")));
        long started = System.nanoTime();
        return new AppProcess(pb.start(), log, started, offset);
    }

    /**
     * Waits until this process logs {@code run}'s RUNNING line and returns how long after the
     * process was started it appeared, and the HTTP address it names.
     *
     * @throws IllegalStateException when the process dies or the time runs out first
     */
    public Running awaitRunning(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Matcher> m = ownLines().stream()
                    .map(RUNNING_LINE::matcher)
                    .filter(Matcher::find)
                    .findFirst();
            if (m.isPresent()) {
                return new Running(
                        Duration.ofNanos(System.nanoTime() - startedNanos),
                        m.get().group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the app did not log RUNNING within " + timeout + "; see " + log);
    }

    /** How long after start the app was RUNNING (to within the 20 ms the log is polled), and its HTTP address. */
    public record Running(Duration afterStart, String baseUrl) {}

    /** The lines this process appended to the log so far. */
    private List<String> ownLines() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= logOffset) {
                return List.of();
            }
            byte[] bytes = new byte[(int) (length - logOffset)];
            f.seek(logOffset);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Time since the process was started. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** SIGKILL: no shutdown hook, no flush, no commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then wait for the orderly shutdown; returns the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("app did not stop within " + timeout + " after SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    /** Appends a thread dump of the app to its log, to see where a stalled run waits. */
    public void dumpThreads() {
        Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
        try {
            new ProcessBuilder(jstack.toString(), String.valueOf(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // A missing jstack only costs the diagnosis, not the test's verdict.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
