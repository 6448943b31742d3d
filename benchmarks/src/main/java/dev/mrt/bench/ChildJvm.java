package dev.mrt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A main class of this jar in a JVM of its own, with the same java and classpath; its
 * standard output goes line by line to a listener, its standard error to ours.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Thread reader;

    private ChildJvm(Process process, Consumer<String> onLine) {
        this.process = process;
        this.reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            onLine.accept(line);
                        }
                    } catch (IOException e) {
                        // The child has gone; waitFor reports how.
                    }
                },
                "bench-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(List<String> jvmOptions, Class<?> main, List<String> args, Consumer<String> onLine)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new ChildJvm(p, onLine);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        int code = process.waitFor();
        reader.join(5_000);
        return code;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
        }
    }
}
