package dev.mrt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP GETs against one instance's API, for tests. */
public final class ApiClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** @param pathAndQuery e.g. {@code /api/v1/events?type=diplomacy}, URL-encoded */
    public Reply get(String pathAndQuery) {
        return get(pathAndQuery, Map.of());
    }

    public Reply get(String pathAndQuery, Map<String, String> headers) {
        try {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30));
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 200 answer as JSON; fails with the body otherwise. */
    public JsonNode ok(String pathAndQuery) {
        return ok(pathAndQuery, Map.of());
    }

    public JsonNode ok(String pathAndQuery, Map<String, String> headers) {
        Reply r = get(pathAndQuery, headers);
        if (r.status() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " -> " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    public String baseUrl() {
        return baseUrl;
    }
}
