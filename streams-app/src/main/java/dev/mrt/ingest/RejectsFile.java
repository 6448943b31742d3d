package dev.mrt.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an import keeps every record it could not send: one JSON object per line with the
 * record's {@code line}, the {@code reason}, and the {@code raw} text as it stood in the archive,
 * so the user can fix the records and import the raw texts again. Written from the reading
 * thread and from producer callbacks, hence synchronized. Deleted on close when empty, so no
 * stale file suggests a problem that is not there.
 */
public final class RejectsFile implements AutoCloseable {
    private final Path path;
    private final BufferedWriter out;
    private final ObjectMapper json = new ObjectMapper();
    private long count;

    public RejectsFile(Path path) throws IOException {
        this.path = path;
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    /** {@code <archive>.rejects.jsonl}, beside the archive. */
    public static Path defaultFor(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".rejects.jsonl");
    }

    /**
     * {@code <archive file name>.rejects.jsonl} in a directory the process may write: an archive
     * often sits where the importer may only read (a read-only mount, an image's files).
     */
    public static Path defaultIn(Path directory, Path archive) {
        return directory.resolve(archive.getFileName() + ".rejects.jsonl");
    }

    public synchronized void add(long line, String reason, String raw) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", line);
        entry.put("reason", reason);
        entry.put("raw", raw);
        try {
            out.write(json.writeValueAsString(entry));
            out.newLine();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }

    public synchronized long count() {
        return count;
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        if (count == 0) {
            Files.deleteIfExists(path);
        }
    }
}
