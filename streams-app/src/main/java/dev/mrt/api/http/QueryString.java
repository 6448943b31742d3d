package dev.mrt.api.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A query string built in code, for the requests one instance sends another. */
public final class QueryString {
    private final Map<String, String> params = new LinkedHashMap<>();

    public QueryString with(String name, Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    @Override
    public String toString() {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
