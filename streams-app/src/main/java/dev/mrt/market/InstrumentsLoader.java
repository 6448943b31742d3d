package dev.mrt.market;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code instruments.yaml} (beside the tagging taxonomy, loaded on its own) and checks it
 * against the taxonomy's asset codes. Every problem fails the load naming the file, line,
 * column and key: an unknown key, a code that is no asset of the taxonomy, an unknown unit, a
 * symbol or a stood-for asset claimed twice.
 */
public final class InstrumentsLoader {
    public static final String FILE = "instruments.yaml";
    /** Where the jar keeps its copy (beside the taxonomy's). */
    public static final String CLASSPATH_FILE = "config/taxonomy/" + FILE;

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> TOP_KEYS = Set.of("instruments_version", "instruments");
    private static final Set<String> INSTRUMENT_KEYS =
            Set.of("code", "unit", "symbols", "inverted_symbols", "stands_for");

    private final String file;
    private final Set<String> assetCodes;
    private final Map<String, String> symbolOwners = new HashMap<>();
    private final Map<String, String> standsForOwners = new HashMap<>();
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();
    private final List<Runnable> laterChecks = new ArrayList<>();

    private InstrumentsLoader(String file, Set<String> assetCodes) {
        this.file = file;
        this.assetCodes = assetCodes;
    }

    /** The file in this taxonomy directory, or the jar's copy when the directory has none. */
    public static Instruments load(Path taxonomyDir, Set<String> assetCodes) {
        Path path = taxonomyDir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return loadFromClasspath(assetCodes);
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), r, assetCodes);
        } catch (IOException e) {
            throw new InstrumentsException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Instruments loadFromClasspath(Set<String> assetCodes) {
        InputStream in = InstrumentsLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_FILE);
        if (in == null) {
            throw new InstrumentsException("classpath:" + CLASSPATH_FILE + ": not found");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse("classpath:" + CLASSPATH_FILE, r, assetCodes);
        } catch (IOException e) {
            throw new InstrumentsException("classpath:" + CLASSPATH_FILE + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Instruments parse(String fileName, Reader reader, Set<String> assetCodes) {
        return new InstrumentsLoader(fileName, assetCodes).read(reader);
    }

    private Instruments read(Reader reader) {
        String version = null;
        boolean sawList = false;
        try (JsonParser p = YAML.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw fail(
                        p.currentTokenLocation(),
                        "instruments",
                        "the file must be a mapping with " + "instruments_version and instruments");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (key) {
                    case "instruments_version" -> version = scalar(p, key);
                    case "instruments" -> {
                        sawList = true;
                        readInstruments(p);
                    }
                    default -> throw fail(at, key, "unknown key (expected one of " + TOP_KEYS + ")");
                }
            }
            if (version == null || version.isBlank()) {
                throw new InstrumentsException(file + ": key 'instruments_version': missing");
            }
            if (!sawList) {
                throw new InstrumentsException(file + ": key 'instruments': missing");
            }
        } catch (IOException e) {
            throw new InstrumentsException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        laterChecks.forEach(Runnable::run);
        return new Instruments(version, instruments.values());
    }

    private void readInstruments(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(p.currentTokenLocation(), "instruments", "must be a list of instruments");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw fail(p.currentTokenLocation(), "instruments", "each instrument must be a mapping");
            }
            readInstrument(p);
        }
    }

    private void readInstrument(JsonParser p) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        String code = null;
        JsonLocation codeAt = start;
        PriceUnit unit = null;
        List<Located> symbols = List.of();
        List<Located> inverted = List.of();
        List<Located> standsFor = List.of();
        JsonLocation invertedAt = start;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            switch (key) {
                case "code" -> {
                    codeAt = at;
                    code = scalar(p, key).strip();
                }
                case "unit" -> {
                    String u = scalar(p, key);
                    unit = PriceUnit.of(u)
                            .orElseThrow(() -> fail(at, key, "'" + u + "' is not a unit (" + PriceUnit.codes() + ")"));
                }
                case "symbols" -> symbols = list(p, key);
                case "inverted_symbols" -> {
                    invertedAt = at;
                    inverted = list(p, key);
                }
                case "stands_for" -> standsFor = list(p, key);
                default -> throw fail(at, key, "unknown key (expected one of " + INSTRUMENT_KEYS + ")");
            }
        }
        if (code == null) {
            throw fail(start, "code", "missing: every instrument needs a taxonomy asset code");
        }
        if (!assetCodes.contains(code)) {
            throw fail(codeAt, "code", "'" + code + "' is not an asset code of the taxonomy (assets.yaml)");
        }
        if (instruments.containsKey(code)) {
            throw fail(codeAt, "code", "instrument '" + code + "' is listed twice");
        }
        if (unit == null) {
            throw fail(start, "unit", "missing for " + code + " (" + PriceUnit.codes() + ")");
        }
        if (!inverted.isEmpty() && unit != PriceUnit.PRICE) {
            throw fail(invertedAt, "inverted_symbols", "only a price can be inverted, not a " + unit.code());
        }
        for (Located s : concat(symbols, inverted)) {
            String owner = symbolOwners.putIfAbsent(Instruments.normalize(s.value), code);
            if (owner != null) {
                throw fail(s.at, "symbols", "symbol '" + s.value + "' already names " + owner);
            }
        }
        for (Located a : standsFor) {
            if (!assetCodes.contains(a.value)) {
                throw fail(a.at, "stands_for", "'" + a.value + "' is not an asset code of the taxonomy (assets.yaml)");
            }
            String owner = standsForOwners.putIfAbsent(a.value, code);
            if (owner != null) {
                throw fail(a.at, "stands_for", "'" + a.value + "' is already stood for by " + owner);
            }
            laterChecks.add(() -> {
                if (instruments.containsKey(a.value)) {
                    throw fail(a.at, "stands_for", "'" + a.value + "' is an instrument of its own");
                }
            });
        }
        String c = code;
        for (Located s : symbols) {
            laterChecks.add(() -> {
                Instrument other = instruments.get(s.value.strip());
                if (other != null && !other.code().equals(c)) {
                    throw fail(s.at, "symbols", "symbol '" + s.value + "' is the code of instrument " + other.code());
                }
            });
        }
        instruments.put(code, new Instrument(code, unit, values(symbols), values(inverted), values(standsFor)));
    }

    private record Located(String value, JsonLocation at) {}

    private static List<Located> concat(List<Located> a, List<Located> b) {
        List<Located> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> values(List<Located> items) {
        return items.stream().map(l -> l.value.strip()).toList();
    }

    private String scalar(JsonParser p, String key) throws IOException {
        if (!p.currentToken().isScalarValue()) {
            throw fail(p.currentTokenLocation(), key, "must be a single value");
        }
        return p.getValueAsString();
    }

    private List<Located> list(JsonParser p, String key) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(p.currentTokenLocation(), key, "must be a list, e.g. [A, B]");
        }
        List<Located> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            String v = scalar(p, key);
            if (v == null || v.isBlank()) {
                throw fail(at, key, "an empty entry");
            }
            out.add(new Located(v, at));
        }
        return out;
    }

    private InstrumentsException fail(JsonLocation at, String key, String problem) {
        return new InstrumentsException(
                file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": key '" + key + "': " + problem);
    }
}
