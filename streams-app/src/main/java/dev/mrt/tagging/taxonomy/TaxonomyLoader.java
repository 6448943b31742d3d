package dev.mrt.tagging.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the taxonomy: the index file {@code taxonomy.yaml} names the version, the codes code
 * relies on and the other files (a directory inside a jar cannot be listed). Three steps, each
 * with one job: {@link TaxonomyYamlReader} binds each file with Jackson, {@link TaxonomyValidator}
 * checks what was bound, {@link TaxonomyCompiler} builds the {@link Taxonomy}. Every problem fails
 * the load with file, line, column and key.
 */
public final class TaxonomyLoader {
    public static final String INDEX_FILE = "taxonomy.yaml";
    public static final String CLASSPATH_DIR = "config/taxonomy/";

    /** Opens a file of the taxonomy by name. */
    private interface Opener {
        Reader open(String name);
    }

    private final Opener opener;
    private final String prefix;

    private TaxonomyLoader(Opener opener, String prefix) {
        this.opener = opener;
        this.prefix = prefix;
    }

    /** Loads from a directory on disk. */
    public static Taxonomy load(Path dir) {
        return new TaxonomyLoader(
                        name -> {
                            try {
                                return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                            } catch (NoSuchFileException e) {
                                throw new TaxonomyException(dir.resolve(name) + ": file not found");
                            } catch (IOException e) {
                                throw new TaxonomyException(dir.resolve(name) + ": cannot read: " + e.getMessage(), e);
                            }
                        },
                        dir.toString() + "/")
                .load();
    }

    /** Loads the copy bundled in the jar. */
    public static Taxonomy loadFromClasspath() {
        return new TaxonomyLoader(
                        name -> {
                            InputStream in =
                                    TaxonomyLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name);
                            if (in == null) {
                                throw new TaxonomyException("classpath:" + CLASSPATH_DIR + name + ": not found");
                            }
                            return new InputStreamReader(in, StandardCharsets.UTF_8);
                        },
                        "classpath:" + CLASSPATH_DIR)
                .load();
    }

    private Taxonomy load() {
        Place indexTop = new Place(prefix + INDEX_FILE, 1, 1);
        TaxonomyYaml.IndexEntry index = read(INDEX_FILE, TaxonomyYamlReader::readIndex);
        TaxonomyValidator.validateIndex(indexTop, index);
        List<TaxonomyYaml.FileEntry> files = new ArrayList<>();
        for (Located<String> file : index.files()) {
            files.add(read(file.value(), TaxonomyYamlReader::readFile));
        }
        TaxonomyValidator.validate(indexTop, index, files);
        return TaxonomyCompiler.compile(index, files);
    }

    private interface Binder<T> {
        T bind(String file, Reader in);
    }

    private <T> T read(String name, Binder<T> binder) {
        try (Reader in = opener.open(name)) {
            return binder.bind(prefix + name, in);
        } catch (IOException e) {
            throw new TaxonomyException(prefix + name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
