package dev.mrt.ingest;

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
public final class ArchiveSource implements AutoCloseable {
    private final Counting counted;
    private final BufferedReader text;
    private final ArchiveReader reader;
    private final long size;

    private ArchiveSource(Path file, ArchiveFormat format) throws IOException {
        this.size = Files.size(file);
        this.counted = new Counting(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        this.text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        try {
            this.reader = format == ArchiveFormat.CSV ? new CsvArchiveReader(text) : new JsonLinesArchiveReader(text);
        } catch (IOException e) {
            text.close();
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static ArchiveSource open(Path file, ArchiveFormat format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        return new ArchiveSource(file, format);
    }

    public ArchiveReader reader() {
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
