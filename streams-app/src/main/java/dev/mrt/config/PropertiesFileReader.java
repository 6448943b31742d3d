package dev.mrt.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a {@code .properties} file keeping the line each key starts on, which
 * {@link Properties} forgets; values are decoded by {@link Properties} itself so escapes and
 * continuations mean exactly what Java users expect.
 */
final class PropertiesFileReader {

    private PropertiesFileReader() {}

    static Map<String, ConfigValue> read(InputStream in, String sourceName) throws IOException {
        Map<String, ConfigValue> out = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder logical = new StringBuilder();
        int startLine = 0;
        int lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (logical.length() == 0) {
                String trimmed = line.stripLeading();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                startLine = lineNo;
            }
            logical.append(line).append('\n');
            if (!endsWithContinuation(line)) {
                put(out, logical.toString(), sourceName, startLine);
                logical.setLength(0);
            }
        }
        if (logical.length() > 0) {
            put(out, logical.toString(), sourceName, startLine);
        }
        return out;
    }

    private static void put(Map<String, ConfigValue> out, String logicalLine, String source, int line)
            throws IOException {
        Properties one = new Properties();
        one.load(new StringReader(logicalLine));
        for (String key : one.stringPropertyNames()) {
            out.put(key, new ConfigValue(one.getProperty(key).strip(), ConfigOrigin.file(source, line)));
        }
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
