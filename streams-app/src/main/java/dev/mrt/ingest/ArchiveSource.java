package dev.mrt.ingest;

import dev.mrt.avro.Article;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An archive file opened for reading, plain or gzip ({@code .gz}), with a count of the file's
 * bytes read so far: progress and ETA come from it without a first pass to count records.
 */
public final class ArchiveSource<T> implements AutoCloseable {
    private final Counting counted;
    private final BufferedReader text;
    private final ArchiveReader<T> reader;
    private final long size;

    /** Makes the reader of the records in the text; may fail on a bad header. */
    @FunctionalInterface
    public interface ReaderFactory<T> {
        ArchiveReader<T> open(BufferedReader text) throws IOException;
    }

    private ArchiveSource(Path file, ReaderFactory<T> readers) throws IOException {
        this.size = Files.size(file);
        this.counted = new Counting(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        this.text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            this.reader = readers.open(text);
        } catch (IOException e) {
            text.close();
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** An archive of articles in one of the formats {@code import} reads. */
    public static ArchiveSource<Article> open(Path file, ArchiveFormat format) throws IOException {
        return open(
                file,
                text -> format == ArchiveFormat.CSV ? new CsvArchiveReader(text) : new JsonLinesArchiveReader(text));
    }

    public static <T> ArchiveSource<T> open(Path file, ReaderFactory<T> readers) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        return new ArchiveSource<>(file, readers);
    }

    public ArchiveReader<T> reader() {
        return reader;
    }

    /** Bytes of the file read so far (compressed bytes for a .gz file). */
    public long bytesRead() {
        return counted.count;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    private static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
