package dev.mrt.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code local} as a user runs it, in a JVM of its own from the repository root (its config/,
 * samples and synthetic prices), on a free port; its standard error goes to a log file and the
 * dashboard address is read from it. Stopped with SIGTERM.
 */
public final class LocalProcess implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("^Dashboard: (http://127\\.0\\.0\\.1:\\d+)/$");
    private final Process process;
    private final String baseUrl;
    private final Path log;

    private LocalProcess(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    public static LocalProcess start(Path dataDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.mrt.cli.MrtCommand",
                "local",
                "--data-dir",
                dataDir.toString(),
                "--set",
                "http.port=0"));
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd)
                .directory(TestConfigs.repoRoot().toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> copyAndFind(p, log.toFile(), url), "local-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new LocalProcess(p, url.get(timeout.toMillis(), TimeUnit.MILLISECONDS), log);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "local did not print its dashboard address in " + timeout + "; see " + log, e);
        }
    }

    private static void copyAndFind(Process p, File log, CompletableFuture<String> url) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log.toPath(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                Matcher m = URL.matcher(line);
                if (m.matches()) {
                    url.complete(m.group(1));
                }
            }
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
        url.completeExceptionally(new IllegalStateException("local exited with " + p.exitValue()));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Path log() {
        return log;
    }

    /** SIGTERM and the orderly stop; SIGKILL if it does not come. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
