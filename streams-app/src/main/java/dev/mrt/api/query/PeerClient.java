package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance of the application over its own HTTP API. Two headers keep it from
 * going round in circles: {@link #SCOPE_HEADER} asks a peer for its local part of a range query
 * only, {@link #FORWARDED_HEADER} marks a key query already routed to its owner.
 */
public final class PeerClient {
    public static final String SCOPE_HEADER = "X-MRT-Scope";
    public static final String SCOPE_LOCAL = "local";
    public static final String FORWARDED_HEADER = "X-MRT-Forwarded";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    public record Response(int status, String body) {}

    /** @param pathAndQuery as received, e.g. {@code /api/v1/events?type=x} (already URL-encoded) */
    public CompletableFuture<Response> get(HostInfo host, String pathAndQuery, String header, String headerValue) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header(header, headerValue)
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Response(r.statusCode(), r.body()));
    }

    public Response getNow(HostInfo host, String pathAndQuery, String header, String headerValue) {
        try {
            return get(host, pathAndQuery, header, headerValue).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw unreachable(host, e.getCause());
        }
    }

    static ApiError unreachable(HostInfo host, Throwable cause) {
        String why = cause instanceof IOException || cause == null ? String.valueOf(cause) : cause.toString();
        return ApiError.unavailable("instance " + host.host() + ":" + host.port() + " did not answer (" + why + ")");
    }
}
