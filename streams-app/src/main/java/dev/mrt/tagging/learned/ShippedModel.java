package dev.mrt.tagging.learned;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The model the jar ships: {@value #BUNDLE} (the classifiers, a {@link ModelBundle}) and
 * {@value #METADATA} (how it was trained: the training data's sha256, the library and
 * parameters, the thresholds, the k-fold figures, the taxonomy version it was trained with),
 * both written by {@code train-model} into this package's resources.
 */
public final class ShippedModel {
    public static final String BUNDLE = "model.bin";
    public static final String METADATA = "model.properties";

    /** Metadata keys read at load; the rest is for people. */
    public static final String KEY_VERSION = "model.version";

    public static final String KEY_SHA256 = "model.sha256";
    public static final String KEY_TAXONOMY_VERSION = "taxonomy.version";
    public static final String KEY_DATA_SHA256 = "data.sha256";

    private ShippedModel() {}

    private static final class Holder {
        static final Optional<LearnedModel> MODEL = read();
    }

    /** The shipped model, read once; empty when the jar ships none. */
    public static Optional<LearnedModel> get() {
        return Holder.MODEL;
    }

    /** The shipped metadata; empty when the jar ships no model. */
    public static Properties metadata() {
        try (InputStream in = ShippedModel.class.getResourceAsStream(METADATA)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the shipped model was trained (its {@code trainer.*} metadata), when the jar ships one. */
    public record Training(int iterations, int cutoff, double l1, double l2) {}

    public static Optional<Training> trainerSettings() {
        Properties p = metadata();
        if (p.getProperty("trainer.iterations") == null) {
            return Optional.empty();
        }
        return Optional.of(new Training(
                Integer.parseInt(p.getProperty("trainer.iterations").trim()),
                Integer.parseInt(p.getProperty("trainer.cutoff").trim()),
                number(p, "trainer.l1"),
                number(p, "trainer.l2")));
    }

    private static Optional<LearnedModel> read() {
        try (InputStream in = ShippedModel.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(of(in.readAllBytes(), metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + BUNDLE, e);
        }
    }

    /**
     * The model of a bundle and its metadata.
     *
     * @throws IllegalStateException when the bundle is not the one the metadata describes
     */
    public static LearnedModel of(byte[] bundle, Properties metadata) throws IOException {
        String expected = required(metadata, KEY_SHA256);
        String actual = sha256(bundle);
        if (!expected.equals(actual)) {
            throw new IllegalStateException(METADATA + ": " + KEY_SHA256 + "=" + expected + " but " + BUNDLE
                    + " has sha256 " + actual + " (retrain with train-model)");
        }
        Thresholds t = new Thresholds(
                number(metadata, "threshold.keep"),
                number(metadata, "threshold.add"),
                number(metadata, "threshold.note"),
                number(metadata, "threshold.unlink"),
                number(metadata, "threshold.link"));
        return LearnedModel.of(ModelBundle.read(new ByteArrayInputStream(bundle)), t, required(metadata, KEY_VERSION));
    }

    /** The version a bundle gets: {@code m-} and the first 12 hex digits of its sha256. */
    public static String versionOf(byte[] bundle) {
        return "m-" + sha256(bundle).substring(0, 12);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(METADATA + ": missing key " + key);
        }
        return v.trim();
    }

    private static double number(Properties p, String key) {
        String v = required(p, key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(METADATA + ": key " + key + ": not a number: " + v);
        }
    }
}
