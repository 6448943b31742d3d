package dev.mrt.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tagger's version, stamped into every record it produces: the build's version, and with a
 * learned layer the model's after a '+' ({@code 0.1.0+m-1a2b3c4d5e6f}), so that records tagged by
 * different models of one build can be told apart.
 */
public final class TaggerVersion {
    private static final String VERSION = read();

    private TaggerVersion() {}

    /** The build's version. */
    public static String get() {
        return VERSION;
    }

    /** The version of a tagger that consults this model. */
    public static String of(dev.mrt.tagging.model.TaggingModel model) {
        return model.consulted() && !model.version().isEmpty() ? VERSION + "+" + model.version() : VERSION;
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
