package dev.mrt.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tagger's version, stamped into every record it produces; it is the build's version. */
public final class TaggerVersion {
    private static final String VERSION = read();

    private TaggerVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = TaggerVersion.class.getResourceAsStream("tagger-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("tagger-version.properties missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
